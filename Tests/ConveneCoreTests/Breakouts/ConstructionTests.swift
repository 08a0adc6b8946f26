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

    @Test(arguments: [(4, 3, 4), (5, 5, 6), (8, 5, 8), (8, 6, 8), (9, 3, 13), (7, 7, 8), (16, 4, 21), (4, 4, 5), (15, 3, 22), (21, 3, 31)])
    func transversalRoundsWithSeatedRowsNeverRepeatAPair(groups: Int, size: Int, rounds: Int) {
        let schedule = ExactRounds.constructed(groups: groups, size: size, wanted: 100)
        #expect(schedule.count == rounds)
        #expect(ScheduleChecks.isWellFormed(schedule, people: Array(0..<groups * size)))
        #expect(ScheduleChecks.meetings(schedule).values.allSatisfy { $0 == 1 })
    }

    /// Every size 12 to 60 the constructions claim, with the most rounds counting allows for all but
    /// 32 in fours (10: 11 would need 33 partners) and 40 in fives (8 of at most 9).
    @Test(arguments: [
        (15, 3, 7), (21, 3, 10), (27, 3, 13), (33, 3, 16), (39, 3, 19), (45, 3, 22), (51, 3, 25), (57, 3, 28),
        (18, 3, 8), (24, 3, 11), (30, 3, 14), (36, 3, 17), (42, 3, 20), (48, 3, 23), (54, 3, 26), (60, 3, 29),
        (16, 4, 5), (28, 4, 9), (40, 4, 13), (52, 4, 17), (24, 4, 7), (36, 4, 11), (48, 4, 15), (32, 4, 10),
        (25, 5, 6), (30, 5, 6), (40, 5, 8),
    ])
    func constructionsReachTheirRoundsWithoutRepeats(people: Int, size: Int, rounds: Int) {
        let schedule = ExactRounds.constructed(groups: people / size, size: size, wanted: 100)
        #expect(schedule.count == rounds)
        #expect(ScheduleChecks.isWellFormed(schedule, people: Array(0..<people)))
        #expect(ScheduleChecks.repeats(schedule) == 0)
    }

    @Test func everyCatalogueDesignSeatsEveryoneAndNeverRepeats() {
        for design in DesignCatalog.all {
            let schedule = design.rounds()
            #expect(schedule.count == design.roundCount)
            #expect(ScheduleChecks.isWellFormed(schedule, people: Array(0..<design.people)), "\(design.people) in \(design.groupSize)s")
            #expect(schedule.allSatisfy { $0.allSatisfy { $0.count == design.groupSize } })
            #expect(ScheduleChecks.repeats(schedule) == 0, "\(design.people) in \(design.groupSize)s")
        }
    }

    /// Both Kirkman families for every field they accept, each with all (v − 1)/2 rounds.
    @Test(arguments: [7, 13, 19, 25, 31, 37, 43, 49, 61, 67, 73, 79, 97, 103, 109, 121, 127, 139, 151, 157, 163, 169, 181, 193, 199])
    func kirkmanTripleSystemsCoverEveryPairOnce(q: Int) throws {
        for design in [KirkmanConstruction.tripled(people: 3 * q), KirkmanConstruction.doubledPlusOne(people: 2 * q + 1)] {
            let found = try #require(design)
            let schedule = found.rounds()
            #expect(schedule.count == (found.people - 1) / 2)
            #expect(ScheduleChecks.isWellFormed(schedule, people: Array(0..<found.people)))
            let met = ScheduleChecks.meetings(schedule)
            #expect(met.count == found.people * (found.people - 1) / 2)
            #expect(met.values.allSatisfy { $0 == 1 })
        }
    }

    /// Fields of 3 and 11 elements are not 1 mod 6, 35 is no prime power, 211 is past the largest field tried.
    @Test func kirkmanFamiliesRefuseSizesWithoutTheirField() {
        for people in [9, 33, 35, 105, 633] { #expect(KirkmanConstruction.tripled(people: people) == nil) }
        for people in [7, 14, 23, 71, 423] { #expect(KirkmanConstruction.doubledPlusOne(people: people) == nil) }
    }

    /// A transversal design's row never meets in its slope rounds; 8 in a 3, 3 and 2 keep all four
    /// rounds of the affine plane on 9, whose single point meets nobody twice.
    @Test(arguments: [([5, 5, 5, 5, 5, 5, 5, 4, 4], 9), ([3, 3, 2], 4), ([4, 4, 4, 4, 3], 5), ([3, 3, 3, 3, 2, 2, 2, 2], 8)])
    func unevenGroupsDropPointsOfOneRowAndStillNeverRepeat(sizes: [Int], rounds: Int) {
        let schedule = ExactRounds.rounds(sizes: sizes, wanted: 100)
        #expect(schedule.count == rounds)
        #expect(ScheduleChecks.isWellFormed(schedule, people: Array(0..<sizes.reduce(0, +))))
        #expect(schedule.allSatisfy { $0.map(\.count) == sizes })
        #expect(ScheduleChecks.repeats(schedule) == 0)
    }

    /// People who never meet leave a design with groups one short: 17 or 16 from the nearly Kirkman
    /// system of 18 (pairs who never meet), 31 or 30 from the 32 golfers.
    @Test(arguments: [([3, 3, 3, 3, 3, 2], 8), ([3, 3, 3, 3, 2, 2], 8), ([4, 4, 4, 4, 4, 4, 4, 3], 10), ([4, 4, 4, 4, 4, 4, 3, 3], 10)])
    func unevenGroupsFromADesignKeepAllItsRounds(sizes: [Int], rounds: Int) {
        let schedule = ExactRounds.rounds(sizes: sizes, wanted: 100)
        #expect(schedule.count == rounds)
        #expect(ScheduleChecks.isWellFormed(schedule, people: Array(0..<sizes.reduce(0, +))))
        #expect(schedule.allSatisfy { $0.map(\.count) == sizes })
        #expect(ScheduleChecks.repeats(schedule) == 0)
    }

    @Test func unevenGroupsWithoutAConstructionGetNone() {
        #expect(ExactRounds.rounds(sizes: [6, 6, 6, 6, 6, 5], wanted: 6).isEmpty)
    }

    @Test func constructionsStopAtTheNumberWanted() {
        #expect(ExactRounds.constructed(groups: 5, size: 5, wanted: 2).count == 2)
        #expect(ExactRounds.constructed(groups: 8, size: 4, wanted: 3).count == 3)
        #expect(ExactRounds.constructed(groups: 6, size: 5, wanted: 6).count == 6)
        #expect(AffineConstruction.rounds(groups: 6, size: 4, wanted: 6).isEmpty)
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
