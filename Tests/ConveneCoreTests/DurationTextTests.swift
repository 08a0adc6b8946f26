import Testing
@testable import ConveneCore

@Suite struct DurationTextTests {
    @Test(arguments: [
        ("90s", 90), ("10m", 600), ("10 min", 600), ("10 minutes", 600), ("1 minute", 60),
        ("1h", 3600), ("1h30m", 5400), ("1h 30m", 5400), ("1 hour", 3600), ("2 hours", 7200),
        ("1 hour, 30 minutes", 5400), ("1 hour and 30 minutes", 5400), ("2 hrs", 7200),
        ("45 secs", 45), ("1m30s", 90), ("10M", 600), ("  15m  ", 900), ("168h", 7 * 24 * 3600),
    ])
    func readsDuration(text: String, seconds: Int) {
        #expect(DurationText.parse(text) == seconds)
    }

    @Test(arguments: [
        "", "10", "m", "0m", "0h0m", "-5m", "1.5h", "ten minutes", "10 mins later", "30m1h", "10m10m",
        "10 parsecs", "1,5h", "10m!", "1000000s", "169h", "٣m", "1h and", "five",
    ])
    func rejectsDuration(text: String) {
        #expect(DurationText.parse(text) == nil)
    }

    @Test(arguments: [(0, "0s"), (45, "45s"), (600, "10m"), (5400, "1h30m"), (3600, "1h"), (3605, "1h0m5s"), (90, "1m30s")])
    func formatsDuration(seconds: Int, text: String) {
        #expect(DurationText.format(seconds) == text)
    }

    @Test func formattedDurationsReadBack() {
        for seconds in [1, 59, 60, 61, 3599, 3600, 3601, 5400, 86_399, DurationText.maximumSeconds] {
            #expect(DurationText.parse(DurationText.format(seconds)) == seconds)
        }
    }
}
