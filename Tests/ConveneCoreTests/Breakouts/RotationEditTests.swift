@testable import ConveneCore
import Testing

/// Live changes: late arrivals, people leaving, manual moves, repeating a round and replanning.
@Suite struct RotationEditTests {
    private let rotation = Rotation(
        people: ["A", "B", "C", "D", "E", "F", "G", "H"],
        rounds: [
            [["A", "B", "C", "D"], ["E", "F", "G", "H"]],
            [["A", "B", "E", "F"], ["C", "D", "G", "H"]],
            [["A", "C", "E", "G"], ["B", "D", "F", "H"]],
        ],
        lowerBound: 0, seed: 1)

    @Test func aLateArrivalJoinsTheGroupWithFewestRepeatsWithoutMovingAnyone() throws {
        let roster = [Person(name: "I")]
        let changed = try rotation.addingLateArrival(Person(name: "I"), duringRound: 1, roster: roster,
                                                     metBefore: [NamePair("I", "A")])
        #expect(changed.rounds[0] == rotation.rounds[0])
        #expect(changed.rounds[1] == [["A", "B", "E", "F"], ["C", "D", "G", "H", "I"]])
        #expect(changed.rounds[2].joined().contains("I"))
        #expect(changed.people.last == "I")
        #expect(changed.repeats == ScheduleChecks.repeats(changed.rounds))
    }

    @Test func aLateArrivalKeepsSizesWithinOneAndAvoidsNotWith() throws {
        let uneven = Rotation(people: ["A", "B", "C", "D", "E"], rounds: [[["A", "B", "C"], ["D", "E"]]], lowerBound: 0, seed: 1)
        let plain = try uneven.addingLateArrival(Person(name: "F"), duringRound: 0)
        #expect(plain.rounds[0] == [["A", "B", "C"], ["D", "E", "F"]])
        let apart = try uneven.addingLateArrival(Person(name: "F", notWith: ["D"]), duringRound: 0)
        #expect(apart.rounds[0] == [["A", "B", "C", "F"], ["D", "E"]])
    }

    @Test func aFacilitatorArrivingGoesWhereNoneIs() throws {
        let roster = [Person(name: "A", tags: ["facilitator"]), Person(name: "F", tags: ["facilitator"])]
        let even = Rotation(people: ["A", "B", "C", "D"], rounds: [[["A", "B"], ["C", "D"]]], lowerBound: 0, seed: 1)
        let changed = try even.addingLateArrival(roster[1], duringRound: 0, roster: roster)
        #expect(changed.rounds[0] == [["A", "B"], ["C", "D", "F"]])
    }

    @Test func someoneLeavingIsTakenOutOfThisAndLaterRoundsOnly() throws {
        let changed = try rotation.removing("A", fromRound: 1)
        #expect(changed.rounds[0] == rotation.rounds[0])
        #expect(!changed.rounds[1].joined().contains("A"))
        #expect(!changed.rounds[2].joined().contains("A"))
        #expect(!changed.people.contains("A"))
        #expect(changed.rounds[1] == [["B", "E", "F"], ["C", "D", "G", "H"]])
    }

    @Test func someoneLeftAloneJoinsAnotherGroup() throws {
        let pairs = Rotation(people: ["A", "B", "C", "D", "E", "F"], rounds: [[["A", "B"], ["C", "D"], ["E", "F"]]], lowerBound: 0, seed: 1)
        let changed = try pairs.removing("A", fromRound: 0)
        #expect(changed.rounds[0].count == 2)
        #expect(changed.rounds[0].allSatisfy { $0.count >= 2 })
        #expect(Set(changed.rounds[0].joined()) == ["B", "C", "D", "E", "F"])
        #expect(changed.warnings.contains { $0.contains("B joined another group") })
    }

    @Test func movingOnePersonChangesOnlyThatRound() throws {
        let changed = try rotation.moving("A", inRound: 2, toGroup: 1)
        #expect(changed.rounds[2] == [["C", "E", "G"], ["B", "D", "F", "H", "A"]])
        #expect(changed.rounds[0...1] == rotation.rounds[0...1])
        #expect(changed.repeats == ScheduleChecks.repeats(changed.rounds))
    }

    @Test func movingNextToANotWithPartnerIsFlagged() throws {
        let roster = [Person(name: "A", notWith: ["F"])]
        let changed = try rotation.moving("A", inRound: 0, toGroup: 1, roster: roster)
        #expect(changed.warnings.contains { $0.contains("A and F") })
    }

    @Test func repeatingTheLastRoundCopiesItForWhoeverIsHere() throws {
        let changed = try rotation.repeatingPreviousRound(into: 3)
        #expect(changed.rounds.count == 4)
        #expect(changed.rounds[3] == rotation.rounds[2])
        let smaller = try rotation.removing("H", fromRound: 2).repeatingPreviousRound(into: 2)
        #expect(smaller.rounds[2] == [["A", "B", "E", "F"], ["C", "D", "G"]])
    }

    @Test func badEditsAreErrors() {
        #expect(throws: RotationError.self) { try rotation.moving("Z", inRound: 0, toGroup: 1) }
        #expect(throws: RotationError.self) { try rotation.moving("A", inRound: 0, toGroup: 2) }
        #expect(throws: RotationError.self) { try rotation.moving("A", inRound: 3, toGroup: 0) }
        #expect(throws: RotationError.self) { try rotation.moving("A", inRound: -1, toGroup: 0) }
        #expect(throws: RotationError.self) { try rotation.removing("Z", fromRound: 0) }
        #expect(throws: RotationError.self) { try rotation.addingLateArrival(Person(name: "A"), duringRound: 0) }
        #expect(throws: RotationError.self) { try rotation.repeatingPreviousRound(into: 0) }
        #expect(throws: RotationError.self) { try rotation.repeatingPreviousRound(into: 5) }
    }

    @Test func replanningKeepsPlayedRoundsAndPlansTheRestForWhoeverIsHere() throws {
        let nine = ["A", "B", "C", "D", "E", "F", "G", "H", "I"]
        let first = try RotationPlanner.plan(RotationRequest(names: nine, sizing: .groupsOf(3), rounds: 3, seed: 2))
        let here = (nine.filter { $0 != "I" } + ["J"]).map { Person(name: $0) }
        let changed = try RotationPlanner.replan(first, fromRound: 1, people: here, sizing: .groupsOf(3), seed: 3, maxMoves: 5_000)
        #expect(changed.rounds.count == 3)
        #expect(changed.rounds[0] == first.rounds[0])
        #expect(ScheduleChecks.isWellFormed(Array(changed.rounds[1...]), people: here.map(\.name)))
        #expect(changed.repeats == 0)
    }

    @Test func lockedRoundsArePlayedRoundsThatCount() throws {
        let locked = [[["A", "B", "C"], ["D", "E", "F"], ["G", "H", "I"]]]
        var request = RotationRequest(people: ["A", "B", "C", "D", "E", "F", "G", "H", "I"].map { Person(name: $0) },
                                      sizing: .groupsOf(3), rounds: 4, seed: 8, lockedRounds: locked)
        request.maxMoves = 5_000
        let rotation = try RotationPlanner.plan(request)
        #expect(rotation.rounds.first == locked[0])
        #expect(rotation.repeats == 0)
        #expect(rotation.rounds.count == 4)
    }
}
