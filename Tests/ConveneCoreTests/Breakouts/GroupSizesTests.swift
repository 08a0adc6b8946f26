@testable import ConveneCore
import Testing

/// Group sizes follow the documented rule, and impossible sizings are errors, not crashes.
@Suite struct GroupSizesTests {
    @Test func groupsOfFiveFor43PeopleMakesNineGroups() throws {
        #expect(try GroupSizes.sizes(people: 43, sizing: .groupsOf(5)) == [5, 5, 5, 5, 5, 5, 5, 4, 4])
    }

    @Test func sevenPeopleInThreesMakesAFourAndAThree() throws {
        #expect(try GroupSizes.sizes(people: 7, sizing: .groupsOf(3)) == [4, 3])
    }

    @Test func exactDivisionKeepsTheAskedSize() throws {
        #expect(try GroupSizes.sizes(people: 40, sizing: .groupsOf(5)) == Array(repeating: 5, count: 8))
        #expect(try GroupSizes.sizes(people: 10, sizing: .groupsOf(4)) == [4, 3, 3])
    }

    @Test func aGroupCountSplitsAsEvenlyAsPossible() throws {
        #expect(try GroupSizes.sizes(people: 11, sizing: .groupCount(3)) == [4, 4, 3])
        #expect(try GroupSizes.sizes(people: 4, sizing: .groupCount(2)) == [2, 2])
    }

    @Test(arguments: [
        (0, BreakoutPlan.Sizing.groupsOf(3)),
        (1, .groupsOf(2)),
        (10, .groupsOf(1)),
        (10, .groupsOf(0)),
        (10, .groupsOf(-4)),
        (10, .groupsOf(11)),
        (10, .groupsOf(Int.max)),
        (10, .groupCount(0)),
        (10, .groupCount(6)),
        (10, .groupCount(11)),
        (10, .groupCount(Int.min)),
        (5000, .groupsOf(5)),
    ])
    func impossibleSizingsAreErrors(people: Int, sizing: BreakoutPlan.Sizing) {
        #expect(throws: RotationError.self) { try GroupSizes.sizes(people: people, sizing: sizing) }
    }
}
