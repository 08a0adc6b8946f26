import Foundation
@testable import ConveneCore

/// A 12-hour meeting of `count` events (timers and notes from four note-takers), as its log bytes.
func longMeetingLog(count: Int) -> [UInt8] {
    let opened = MeetingOpened(id: "2026-08-30-long", agendaFile: "long.md", agenda: agenda(minutes: Array(repeating: 18, count: 40)), roster: .empty)
    var events = [Event(at: meetingStart, by: "fac@laptop:pts/1", opened)]
    let step = 12 * 3600 / Double(count)
    for n in 1..<count {
        let time = at(Double(n) * step)
        let item = min(39, n * 40 / count)
        let payload: any EventPayload
        switch n % 50 {
        case 0: payload = ItemStarted(item: item)
        case 10: payload = TimerPaused()
        case 11: payload = TimerResumed()
        case 20: payload = ItemExtended(item: item, seconds: 60)
        case 30: payload = NoteEdited(id: "n\(n - 1)", text: "Corrected: the rent strike vote is on Thursday, not Friday")
        default: payload = NoteAdded(id: "n\(n)", text: "Note \(n): María said the tenants' union needs «childcare» at every meeting 🏠", item: item)
        }
        events.append(Event(at: time, by: "taker\(n % 4)@host:pts/\(n % 4)", payload))
    }
    return events.flatMap(EventCodec.encode)
}
