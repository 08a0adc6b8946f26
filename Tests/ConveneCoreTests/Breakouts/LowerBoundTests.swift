@testable import ConveneCore
import Testing

/// The lower bound matches the counting bound for equal groups and the per-person form otherwise.
@Suite struct LowerBoundTests {
    @Test(arguments: [(15, 5, 8, 15), (32, 8, 11, 32), (40, 8, 10, 20), (32, 8, 10, 0), (12, 4, 4, 0)])
    func equalGroupsGiveTheCountingBound(people: Int, groups: Int, rounds: Int, bound: Int) {
        let sizes = Array(repeating: people / groups, count: groups)
        #expect(RotationLowerBound.forPlan(people: people, sizes: sizes, rounds: rounds) == bound)
    }

    @Test func unevenGroupsUseThePerPersonBound() {
        // 5 people as a 3 and a 2 for 4 rounds: 3 sit in the trio each round, 12 trio seats in all,
        // spread as 3,3,2,2,2; meetings 4+3+3 = 7 or 6 against 4 partners: excess 3+3+2+2+2 = 12, so 6.
        #expect(RotationLowerBound.forPlan(people: 5, sizes: [3, 2], rounds: 4) == 6)
        #expect(RotationLowerBound.forPlan(people: 7, sizes: [4, 3], rounds: 1) == 0)
        #expect(RotationLowerBound.forPlan(people: 7, sizes: [4, 3], rounds: 3) == 6)
    }

    @Test func fewBigGroupsForceRepeatsBetweenConsecutiveRounds() {
        // A group of 4 drawn from 3 groups has two who sat together: 3 per later round.
        #expect(RotationLowerBound.forPlan(people: 12, sizes: [4, 4, 4], rounds: 2) == 3)
        #expect(RotationLowerBound.forPlan(people: 7, sizes: [4, 3], rounds: 2) == 3)
        #expect(RotationLowerBound.forPlan(people: 20, sizes: [10, 10], rounds: 3) == 2 * 2 * 20)
    }

    @Test func fixedRoundsCountEveryoneWhoAttended() {
        let rounds = [[["A", "B"], ["C", "D"]], [["A", "B"], ["C", "D"]], [["A", "B"], ["C", "D"]], [["A", "B"], ["C", "D"]]]
        // Everyone meets 4 times with 3 possible partners: one excess meeting each, 4 in all, so 2.
        #expect(RotationLowerBound.forRounds(rounds) == 2)
    }
}
