import ConveneTUI
import Foundation
import Testing

/// Clock times in the room's zone are right on both sides of a daylight-saving switch, whichever side the meeting
/// opened on, and for times before it opened.
@Suite struct RoomClockTests {
    private let berlin = TimeZone(identifier: "Europe/Berlin")!

    private func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    @Test func theClocksGoBackDuringAMeeting() {
        let clock = RoomClock(timeZone: berlin, from: utc("2026-10-24T22:00:00Z"))
        #expect(clock.hoursMinutes(utc("2026-10-24T22:00:00Z")) == "00:00")
        #expect(clock.hoursMinutes(utc("2026-10-25T00:59:59Z")) == "02:59")
        #expect(clock.hoursMinutes(utc("2026-10-25T01:00:00Z")) == "02:00")
        #expect(clock.hoursMinutes(utc("2026-10-25T01:30:00Z")) == "02:30")
    }

    @Test func timesBeforeTheOpeningAskTheZone() {
        let clock = RoomClock(timeZone: berlin, from: utc("2026-03-29T02:00:00Z"))
        #expect(clock.hoursMinutes(utc("2026-03-29T02:00:00Z")) == "04:00")
        #expect(clock.hoursMinutes(utc("2026-03-29T00:30:00Z")) == "01:30")
    }

    @Test func aZoneThatNeverChangesIsArithmeticAllTheWay() {
        let kolkata = RoomClock(timeZone: TimeZone(secondsFromGMT: 19800)!, from: utc("2026-01-01T00:00:00Z"))
        #expect(kolkata.hoursMinutes(utc("2026-07-01T18:29:00Z")) == "23:59")
        #expect(kolkata.hoursMinutes(utc("2026-07-01T18:30:00Z")) == "00:00")
    }
}
