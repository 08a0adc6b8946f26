@testable import ConveneCore
import Testing

/// Not-with pairs, facilitators, tags and earlier meetings shape the rotation.
@Suite struct RotationConstraintTests {
    private func people(_ count: Int, _ tagged: (Int) -> [String] = { _ in [] }) -> [Person] {
        (1...count).map { Person(name: "P\($0)", tags: tagged($0)) }
    }

    @Test(arguments: 1...12)
    func notWithPairsNeverShareAGroup(seed: UInt64) throws {
        var roster = people(20)
        roster[0].notWith = ["P2", "P3", "P4"]
        roster[4].notWith = ["P6"]
        roster[9].notWith = ["P11", "P12"]
        roster[13].notWith = ["P1"]
        var request = RotationRequest(people: roster, sizing: .groupsOf(4), rounds: 4, seed: seed)
        request.maxMoves = 5_000
        let rotation = try RotationPlanner.plan(request)
        let apart: [Set<String>] = [["P1", "P2"], ["P1", "P3"], ["P1", "P4"], ["P5", "P6"], ["P10", "P11"], ["P10", "P12"], ["P14", "P1"]]
        for round in rotation.rounds {
            for group in round {
                #expect(!apart.contains { $0.isSubset(of: Set(group)) })
            }
        }
        #expect(ScheduleChecks.isWellFormed(rotation.rounds, people: rotation.people))
        #expect(rotation.warnings.isEmpty)
    }

    @Test func notWithHoldsOnAConstructionToo() throws {
        var roster = people(25)
        roster[0].notWith = ["P2"]
        roster[7].notWith = ["P9", "P20"]
        var request = RotationRequest(people: roster, sizing: .groupsOf(5), rounds: 3, seed: 7)
        request.maxMoves = 5_000
        let rotation = try RotationPlanner.plan(request)
        for group in rotation.rounds.joined() {
            #expect(!(group.contains("P1") && group.contains("P2")))
            #expect(!(group.contains("P8") && (group.contains("P9") || group.contains("P20"))))
        }
        #expect(rotation.repeats == 0)
    }

    @Test func everyGroupGetsAFacilitatorWhenThereAreEnough() throws {
        let roster = people(32) { $0 % 4 == 0 ? ["facilitator"] : [] }
        var request = RotationRequest(people: roster, sizing: .groupsOf(4), rounds: 4, seed: 2)
        request.maxMoves = 5_000
        let rotation = try RotationPlanner.plan(request)
        let facilitators = Set(roster.filter { $0.has(tag: "facilitator") }.map(\.name))
        for round in rotation.rounds {
            #expect(round.allSatisfy { $0.filter(facilitators.contains).count == 1 })
        }
        #expect(rotation.warnings.isEmpty)
    }

    @Test func tooFewFacilitatorsAreSpreadAndSaidSo() throws {
        let roster = people(40) { $0 <= 5 ? ["facilitator"] : [] }
        var request = RotationRequest(people: roster, sizing: .groupsOf(5), rounds: 3, seed: 4)
        request.maxMoves = 5_000
        let rotation = try RotationPlanner.plan(request)
        let facilitators = Set((1...5).map { "P\($0)" })
        for round in rotation.rounds {
            #expect(round.filter { !$0.filter(facilitators.contains).isEmpty }.count == 5)
        }
        #expect(rotation.warnings == ["only 5 of 8 groups have a facilitator: only 5 people are tagged facilitator"])
    }

    @Test func newcomersAndMembersAreSpreadEvenly() throws {
        let roster = people(30) { $0 <= 6 ? ["new"] : ($0 <= 18 ? ["member"] : []) }
        var request = RotationRequest(people: roster, sizing: .groupsOf(5), rounds: 3, seed: 9)
        request.maxMoves = 10_000
        let rotation = try RotationPlanner.plan(request)
        let newcomers = Set(roster.filter { $0.has(tag: "new") }.map(\.name))
        let members = Set(roster.filter { $0.has(tag: "member") }.map(\.name))
        for round in rotation.rounds {
            #expect(round.allSatisfy { $0.filter(newcomers.contains).count == 1 })
            #expect(round.allSatisfy { $0.filter(members.contains).count == 2 })
        }
    }

    @Test func peopleWhoMetBeforeAreKeptApartWhenPossible() throws {
        let roster = people(16)
        let before = [NamePair("P1", "P2"), NamePair("P3", "P4"), NamePair("P1", "P5"), NamePair("P9", "P16")]
        var request = RotationRequest(people: roster, sizing: .groupsOf(4), rounds: 3, seed: 1, metBefore: before)
        request.maxMoves = 5_000
        let rotation = try RotationPlanner.plan(request)
        for group in rotation.rounds.joined() {
            #expect(!before.contains { group.contains($0.first) && group.contains($0.second) })
        }
        #expect(rotation.repeats == 0)
    }

    @Test func anImpossibleNotWithIsReportedNotHidden() throws {
        var roster = people(4)
        roster[0].notWith = ["P2", "P3", "P4"]
        let rotation = try RotationPlanner.plan(RotationRequest(people: roster, sizing: .groupCount(1), rounds: 1))
        #expect(rotation.warnings.contains { $0.contains("P1") && $0.contains("same group") })
    }
}
