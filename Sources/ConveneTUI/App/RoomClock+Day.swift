import ConveneCore
import Foundation

extension RoomClock {
    /// The room's calendar day at `date`, `YYYY-MM-DD`: what a due date is compared with.
    public func day(_ date: Date) -> String {
        AgendaDate(dayOf: date, secondsFromGMT: timeZone.secondsFromGMT(for: date)).text
    }
}
