import Testing
@testable import ConveneCore

@Suite struct ClockTextTests {
    @Test(arguments: [(0, "00:00"), (5, "00:05"), (125, "02:05"), (3599, "59:59"), (3600, "1:00:00"), (3723, "1:02:03"),
                      (-1, "+00:01"), (-192, "+03:12"), (-3723, "+1:02:03"), (36_000, "10:00:00")])
    func countdown(seconds: Int, text: String) {
        #expect(ClockText.countdown(remainingSeconds: seconds) == text)
    }

    @Test(arguments: [(0, "00:00"), (840, "14:00"), (1439, "23:59"), (1440, "00:00"), (1500, "01:00"), (-1, "23:59")])
    func hoursMinutes(minuteOfDay: Int, text: String) {
        #expect(ClockText.hoursMinutes(minuteOfDay: minuteOfDay) == text)
    }

    @Test(arguments: [(0, "on time"), (29, "on time"), (-29, "on time"), (30, "1 min behind"), (-30, "1 min ahead"),
                      (300, "5 min behind"), (-90, "2 min ahead"), (3600, "60 min behind")])
    func aheadBehind(seconds: Int, text: String) {
        #expect(ClockText.aheadBehind(seconds: seconds) == text)
    }
}
