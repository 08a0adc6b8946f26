import Foundation
@testable import ConveneCore

/// A short meeting's events, each a second apart, as a log would hold them.
func sampleEvents(count: Int) -> [Event] {
    let opened = MeetingOpened(id: "2026-08-30-test", agendaFile: "test.md", agenda: agenda(minutes: [10, 15, 40]), roster: .empty)
    var events = [Event(at: meetingStart, by: "fac", opened)]
    let payloads: [any EventPayload] = [ItemStarted(item: 0), TimerPaused(), TimerResumed(), ItemExtended(item: 0, seconds: 60), ItemStarted(item: 1)]
    for i in 1..<max(count, 1) {
        events.append(Event(at: at(Double(i)), by: "fac", payloads[(i - 1) % payloads.count]))
    }
    return Array(events.prefix(count))
}

/// The bytes a log of `events` holds.
func logBytes(_ events: [Event]) -> [UInt8] { events.flatMap(EventCodec.encode) }

/// Event lines, for comparing what was read with what was written.
func lines(_ events: [Event]) -> [String] { events.map { String(decoding: EventCodec.encode($0), as: UTF8.self) } }
