import Testing
@testable import ConveneCore

@Suite struct BreakoutLineTests {
    @Test(arguments: [
        ("groups of 5", BreakoutPlan(sizing: .groupsOf(5))),
        ("groups of 5, 2 rounds", BreakoutPlan(sizing: .groupsOf(5), rounds: 2)),
        ("Groups of 3 , 1 round", BreakoutPlan(sizing: .groupsOf(3), rounds: 1)),
        ("8 groups", BreakoutPlan(sizing: .groupCount(8))),
        ("1 group", BreakoutPlan(sizing: .groupCount(1))),
        ("6 groups, 2 rounds", BreakoutPlan(sizing: .groupCount(6), rounds: 2)),
        ("groups  of  4,  3 rounds", BreakoutPlan(sizing: .groupsOf(4), rounds: 3)),
    ])
    func readsBreakout(text: String, plan: BreakoutPlan) {
        #expect(BreakoutLine.parse(text) == plan)
    }

    @Test(arguments: ["groups of 1", "groups of 1001", "0 groups", "1001 groups", "groups of 5, 101 rounds", "groups of 5, 2 laps", "pairs",
                      "groups of +5", "+3 groups", "groups of 5, +2 rounds"])
    func rejectsBreakout(text: String) {
        #expect(BreakoutLine.parse(text) == nil)
    }

    @Test(arguments: [(BreakoutPlan(sizing: .groupsOf(5), rounds: 2), 3000, 1500),
                      (BreakoutPlan(sizing: .groupsOf(5), rounds: 3), 1000, 333),
                      (BreakoutPlan(sizing: .groupCount(6), rounds: 2, roundSeconds: 720), 1800, 720)])
    func secondsPerRound(plan: BreakoutPlan, itemSeconds: Int, expected: Int) {
        #expect(plan.secondsPerRound(itemSeconds: itemSeconds) == expected)
    }
}
