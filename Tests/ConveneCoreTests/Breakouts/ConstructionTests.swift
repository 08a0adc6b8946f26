@testable import ConveneCore
import Testing

/// Constructions are checked pair by pair: every round a partition, no pair meeting twice.
@Suite struct ConstructionTests {
    @Test(arguments: [4, 8, 9, 16, 25, 27])
    func primePowerFieldsObeyTheFieldLaws(order: Int) throws {
        let field = try #require(FiniteField(order: order))
        for a in 0..<order {
            #expect(field.add(a, 0) == a)
            #expect(field.multiply(a, 1) == a)
            #expect(field.subtract(field.add(a, 5 % order), 5 % order) == a)
            if a != 0 {
                #expect((1..<order).contains { field.multiply(a, $0) == 1 })
            }
            for b in 0..<order {
                #expect(field.multiply(a, b) == field.multiply(b, a))
                #expect(field.multiply(a, field.add(b, 1)) == field.add(field.multiply(a, b), a))
            }
        }
    }

    @Test(arguments: [6, 10, 12, 1, 0])
    func nonPrimePowersHaveNoField(order: Int) {
        #expect(FiniteField(order: order) == nil)
    }

    @Test(arguments: [(4, 3, 4), (5, 5, 6), (8, 4, 9), (8, 5, 8), (8, 6, 8), (9, 3, 13), (7, 7, 8), (16, 4, 21), (12, 3, 16), (4, 4, 5)])
    func affineRoundsNeverRepeatAPair(groups: Int, size: Int, rounds: Int) {
        let schedule = AffineConstruction.rounds(groups: groups, size: size, wanted: 100)
        #expect(schedule.count == rounds)
        #expect(ScheduleChecks.isWellFormed(schedule, people: Array(0..<groups * size)))
        #expect(ScheduleChecks.meetings(schedule).values.allSatisfy { $0 == 1 })
    }

    @Test(arguments: [[5, 5, 5, 5, 5, 5, 5, 4, 4], [3, 3, 2], [4, 4, 4, 4, 3], [3, 3, 3, 3, 2, 2, 2, 2]])
    func unevenGroupsDropPointsOfOneRowAndStillNeverRepeat(sizes: [Int]) {
        let schedule = ExactRounds.affine(sizes: sizes, wanted: 100)
        #expect(schedule.count == sizes.count)
        #expect(ScheduleChecks.isWellFormed(schedule, people: Array(0..<sizes.reduce(0, +))))
        #expect(schedule.allSatisfy { $0.map(\.count) == sizes })
        #expect(ScheduleChecks.repeats(schedule) == 0)
    }

    @Test func unevenGroupsWithoutAFieldGetNoConstruction() {
        #expect(ExactRounds.affine(sizes: [5, 5, 5, 5, 5, 4], wanted: 6).isEmpty)
    }

    @Test func affineRoundsStopAtTheNumberWanted() {
        #expect(AffineConstruction.rounds(groups: 5, size: 5, wanted: 2).count == 2)
        #expect(AffineConstruction.rounds(groups: 6, size: 4, wanted: 6).count == 1)
    }

    @Test func kirkmansSchoolgirlsComeFromOneCyclicBaseRound() throws {
        var random = SeededRandom(seed: 3)
        let shape = CyclicConstruction.Shape(shift: 7, rows: 2, fixed: 1, bases: 1)
        let schedule = try #require(CyclicConstruction.rounds(groups: 5, size: 3, wanted: 7, repeats: 0, shape: shape,
                                                              maxMoves: 5_000, maxLookups: Int.max, random: &random, shouldStop: { false }))
        #expect(schedule.count == 7)
        #expect(ScheduleChecks.isWellFormed(schedule, people: Array(0..<15)))
        #expect(ScheduleChecks.meetings(schedule).count == 105)
        #expect(ScheduleChecks.repeats(schedule) == 0)
    }

    @Test func thirtyInFivesForSixRoundsComeFromACyclicBaseRound() throws {
        var random = SeededRandom(seed: 1)
        let schedule = try #require(ExactRounds.cyclic(groups: 6, size: 5, wanted: 6, random: &random, shouldStop: { false }))
        #expect(schedule.count == 6)
        #expect(ScheduleChecks.isWellFormed(schedule, people: Array(0..<30)))
        #expect(ScheduleChecks.repeats(schedule) == 0)
    }
}
