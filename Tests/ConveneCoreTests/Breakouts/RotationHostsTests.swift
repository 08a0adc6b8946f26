@testable import ConveneCore
import Testing

/// Who holds a group's roles stays with that group every round, numbered as that group, like a table's host.
@Suite struct RotationHostsTests {
    private func people(_ count: Int) -> [Person] { (1...count).map { Person(name: "P\($0)") } }

    @Test(arguments: [UInt64(1), 2, 3])
    func eachGroupKeepsItsHostsInEveryRound(seed: UInt64) throws {
        var request = RotationRequest(people: people(30), sizing: .groupsOf(5), rounds: 3, seed: seed, maxMoves: 20_000)
        request.hosts = (0..<6).map { ["P\(2 * $0 + 1)", "P\(2 * $0 + 2)"] }
        let rotation = try RotationPlanner.plan(request)
        for round in rotation.rounds {
            for (g, group) in round.enumerated() {
                #expect(Set(request.hosts[g]).isSubset(of: Set(group)), "group \(g + 1): \(group)")
            }
        }
        // Six pairs of hosts sit together three times: two repeats each, which no plan can avoid.
        #expect(rotation.lowerBound == 12)
        #expect(rotation.repeats == 12)
        #expect(rotation.warnings.isEmpty)
        #expect(ScheduleChecks.isWellFormed(rotation.rounds, people: rotation.people))
    }

    @Test func hostsStayPutWhenLaterRoundsAreReplanned() throws {
        var request = RotationRequest(people: people(16), sizing: .groupsOf(4), rounds: 3, seed: 4, maxMoves: 10_000)
        let unhosted = try RotationPlanner.plan(request)
        request.hosts = [["P16"], [], ["P7"]]
        let replanned = try RotationPlanner.replan(unhosted, fromRound: 1, people: request.people, sizing: request.sizing, seed: 5,
                                                   maxMoves: 10_000, hosts: request.hosts)
        #expect(replanned.rounds[0] == unhosted.rounds[0])
        for round in replanned.rounds.dropFirst() {
            #expect(round[0].contains("P16") && round[2].contains("P7"))
        }
    }

    @Test func hostsOfGroupsTheRoundsLackOrOfTwoGroupsAreLeftFree() throws {
        let problem = try RotationProblem({
            var request = RotationRequest(people: people(10), sizing: .groupsOf(5), rounds: 2)
            request.hosts = [["P1", "P9"], ["P2", "P9", "nobody"], ["P3"]]
            return request
        }())
        #expect(problem.hostGroup == [0: 0, 1: 1])
        #expect(problem.askedApart == 0 && problem.forbidden.count == 1 && problem.together.isEmpty)
    }

    @Test func hostsOfOneGroupSitTogetherEvenWhenOtherGroupsHaveNone() throws {
        var request = RotationRequest(people: people(16), sizing: .groupsOf(4), rounds: 3, seed: 2, maxMoves: 20_000)
        request.hosts = [["P15", "P16"], [], ["P1"]]
        let rotation = try RotationPlanner.plan(request)
        for round in rotation.rounds {
            #expect(round[0].contains("P15") && round[0].contains("P16") && round[2].contains("P1"), "\(round)")
        }
        // The hosts meet three times: 2 repeats no plan can avoid.
        #expect(rotation.lowerBound == 2 && rotation.warnings.isEmpty, "\(rotation.lowerBound) \(rotation.warnings)")
    }

    @Test func hostsWhoCannotBeKeptApartAreNamedPlainly() throws {
        var roster = people(4)
        roster[0].notWith = ["P4"]
        var request = RotationRequest(people: roster, sizing: .groupsOf(2), rounds: 1, seed: 1, maxMoves: 2_000)
        request.hosts = [["P1", "P2", "P3"], ["P4"]]
        let rotation = try RotationPlanner.plan(request)
        #expect(rotation.warnings.contains { $0.hasSuffix("hold roles in different groups but sit together") }, "\(rotation.warnings)")
        #expect(rotation.warnings.contains { $0.hasSuffix("hold roles in group 1 but sit apart") }, "\(rotation.warnings)")
        #expect(!rotation.warnings.contains { $0.contains("P1 and P4") })
    }
}
