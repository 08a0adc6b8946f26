@testable import ConveneCore
import Foundation
import Testing

/// The planner's rotations are well formed, reach known optima, and depend only on their inputs.
@Suite struct RotationPlannerTests {
    private func plan(_ people: Int, _ sizing: BreakoutPlan.Sizing, rounds: Int, seed: UInt64 = 1, maxMoves: Int = 20_000) throws -> Rotation {
        var request = RotationRequest(names: ScheduleChecks.names(people), sizing: sizing, rounds: rounds, seed: seed)
        request.maxMoves = maxMoves
        return try RotationPlanner.plan(request)
    }

    @Test func theReferenceMeetingHasNoRepeats() throws {
        let rotation = try plan(40, .groupsOf(5), rounds: 8)
        #expect(ScheduleChecks.isWellFormed(rotation.rounds, people: rotation.people))
        #expect(rotation.repeats == 0)
        #expect(rotation.maxMeetings == 1)
        #expect(rotation.lowerBound == 0)
    }

    @Test func figuresMatchTheSchedule() throws {
        let rotation = try plan(9, .groupsOf(3), rounds: 5)
        #expect(rotation.repeats == ScheduleChecks.repeats(rotation.rounds))
        #expect(rotation.maxMeetings == ScheduleChecks.meetings(rotation.rounds).values.max())
        #expect(rotation.lowerBound == 9)
        #expect(rotation.repeats == 9)
        #expect(rotation.maxMeetings == 2)
    }

    @Test func fortyThreeInFivesGetsNineGroupsEveryRound() throws {
        let rotation = try plan(43, .groupsOf(5), rounds: 3)
        #expect(ScheduleChecks.isWellFormed(rotation.rounds, people: rotation.people))
        #expect(rotation.rounds.allSatisfy { $0.map(\.count).sorted() == [4, 4, 5, 5, 5, 5, 5, 5, 5] })
        #expect(rotation.repeats == 0)
    }

    @Test func sevenInThreesGetsAFourAndAThree() throws {
        let rotation = try plan(7, .groupsOf(3), rounds: 3, maxMoves: 2_000)
        #expect(ScheduleChecks.isWellFormed(rotation.rounds, people: rotation.people))
        #expect(rotation.rounds.allSatisfy { $0.map(\.count).sorted() == [3, 4] })
        #expect(rotation.lowerBound == 6)
        #expect(rotation.repeats == 6)
    }

    @Test func theSameSeedGivesTheSameRotation() throws {
        let first = try plan(24, .groupsOf(4), rounds: 5, seed: 42, maxMoves: 3_000)
        let second = try plan(24, .groupsOf(4), rounds: 5, seed: 42, maxMoves: 3_000)
        let other = try plan(24, .groupsOf(4), rounds: 5, seed: 43, maxMoves: 3_000)
        #expect(first == second)
        #expect(first.rounds != other.rounds)
    }

    /// Two searches racing on two threads still give one answer per seed: by swaps, not by which thread ran faster.
    @Test(arguments: [(14, 3, 6, 3_000), (26, 4, 8, 40_000)])
    func twoSearchesSideBySideGiveTheSameRotationEveryTime(people: Int, size: Int, rounds: Int, moves: Int) throws {
        var request = RotationRequest(names: ScheduleChecks.names(people), sizing: .groupsOf(size), rounds: rounds, seed: 9)
        request.maxMoves = moves
        request.searchers = 2
        let first = try RotationPlanner.plan(request)
        for _ in 0..<3 { #expect(try RotationPlanner.plan(request) == first) }
        #expect(ScheduleChecks.isWellFormed(first.rounds, people: first.people))
        request.searchers = 1
        #expect(try RotationPlanner.plan(request).repeats >= first.repeats)
    }

    @Test func aStopRuleThatSaysStopStillGivesAFullRotation() throws {
        var request = RotationRequest(names: ScheduleChecks.names(9), sizing: .groupsOf(3), rounds: 5, seed: 5)
        request.maxMoves = Int.max
        let rotation = try RotationPlanner.plan(request) { true }
        #expect(rotation.rounds.count == 5)
        #expect(ScheduleChecks.isWellFormed(rotation.rounds, people: rotation.people))
    }

    @Test func groupsAndPeopleAreInRosterOrder() throws {
        let rotation = try plan(12, .groupCount(3), rounds: 2)
        for round in rotation.rounds {
            let firsts = round.compactMap { $0.first }.compactMap { rotation.people.firstIndex(of: $0) }
            #expect(firsts == firsts.sorted())
            for group in round {
                let order = group.compactMap { rotation.people.firstIndex(of: $0) }
                #expect(order == order.sorted())
            }
        }
    }

    @Test func jsonHasTheFieldsTheCheckerReads() throws {
        let rotation = try plan(12, .groupsOf(3), rounds: 4)
        let json = RotationJSON.encode(rotation, seconds: 0.25)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["people"] as? [String] == rotation.people)
        #expect(object["rounds"] as? [[[String]]] == rotation.rounds)
        #expect(object["repeats"] as? Int == 0)
        #expect(object["maxMeetings"] as? Int == 1)
        #expect(object["lowerBound"] as? Int == 0)
        #expect(object["seconds"] as? Double == 0.25)
        #expect(object["seed"] as? Int == 1)
        #expect(object["warnings"] as? [String] == [])
    }

    @Test(arguments: [
        RotationRequest(names: [], sizing: .groupsOf(3), rounds: 2),
        RotationRequest(names: ["A"], sizing: .groupsOf(2), rounds: 2),
        RotationRequest(names: ["A", "B", "C"], sizing: .groupsOf(1), rounds: 2),
        RotationRequest(names: ["A", "B", "C"], sizing: .groupsOf(4), rounds: 2),
        RotationRequest(names: ["A", "B", "C", "D"], sizing: .groupCount(3), rounds: 2),
        RotationRequest(names: ["A", "B", "C", "D"], sizing: .groupsOf(2), rounds: 0),
        RotationRequest(names: ["A", "B", "C", "D"], sizing: .groupsOf(2), rounds: -1),
        RotationRequest(names: ["A", "B", "C", "D"], sizing: .groupsOf(2), rounds: Int.max),
        RotationRequest(names: ["A", "B", "A", "D"], sizing: .groupsOf(2), rounds: 1),
        RotationRequest(names: ["A", "", "C", "D"], sizing: .groupsOf(2), rounds: 1),
        RotationRequest(people: ["A", "B", "C", "D"].map { Person(name: $0) }, sizing: .groupsOf(2), rounds: 1,
                        lockedRounds: [[["A", "B"], ["C", "D"]], [["A", "C"], ["B", "D"]]]),
        RotationRequest(people: ["A", "B", "C", "D"].map { Person(name: $0) }, sizing: .groupsOf(2), rounds: 3,
                        lockedRounds: [[["A", "B"], ["A", "D"]]]),
    ])
    func impossibleRequestsAreErrorsWithAMessage(request: RotationRequest) {
        #expect {
            _ = try RotationPlanner.plan(request)
        } throws: { error in
            (error as? RotationError).map { !$0.description.isEmpty } ?? false
        }
    }
}
