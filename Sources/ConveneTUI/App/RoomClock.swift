import ConveneCore
import Foundation

/// Clock times as the room reads them: `HH:MM` in its time zone.
///
/// The zone's offset from UTC is kept for the stretch from the meeting's opening to the zone's next change (a
/// daylight-saving switch), so a screen redrawn every second works out its clock by arithmetic instead of asking
/// the time zone database; for any time outside that stretch it asks.
public struct RoomClock: Sendable {
    public let timeZone: TimeZone
    private let steady: Range<Date>
    private let offset: Int

    public init(timeZone: TimeZone, from start: Date) {
        self.timeZone = timeZone
        offset = timeZone.secondsFromGMT(for: start)
        steady = start..<max(start, timeZone.nextDaylightSavingTimeTransition(after: start) ?? .distantFuture)
    }

    /// `date` as `HH:MM` in the room's time zone.
    public func hoursMinutes(_ date: Date) -> String {
        let offset = steady.contains(date) ? offset : timeZone.secondsFromGMT(for: date)
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + offset
        return ClockText.hoursMinutes(minuteOfDay: seconds / 60)
    }
}
