import Testing
@testable import ConveneCore

@Suite struct WarnThresholdTests {
    @Test(arguments: [("20%", WarnThreshold.percent(20)), ("1%", .percent(1)), ("99 %", .percent(99)),
                      ("2m", .seconds(120)), ("90s", .seconds(90)), ("1 minute", .seconds(60))])
    func readsThreshold(text: String, threshold: WarnThreshold) {
        #expect(WarnThreshold.parse(text) == threshold)
    }

    @Test(arguments: ["0%", "100%", "%", "half", "2", "-2m", "", "+5%"])
    func rejectsThreshold(text: String) {
        #expect(WarnThreshold.parse(text) == nil)
    }

    @Test(arguments: [(WarnThreshold.default, 600, 120), (.percent(20), 599, 119), (.percent(15), 0, 0), (.seconds(120), 600, 120), (.seconds(120), 60, 120)])
    func secondsBeforeZero(threshold: WarnThreshold, target: Int, expected: Int) {
        #expect(threshold.seconds(forTarget: target) == expected)
    }
}
