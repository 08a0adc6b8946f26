import Foundation
@testable import ConveneCore

/// The instant every test meeting starts from: literal, never the clock.
let meetingStart = Timestamp.parse("2026-08-30T14:00:00.000Z")!

/// `seconds` after `meetingStart`.
func at(_ seconds: Double) -> Date { meetingStart.addingTimeInterval(seconds) }

/// One event of a test meeting, `at` seconds after `meetingStart`.
struct Step: Sendable, CustomStringConvertible {
    var at: Double
    var payload: any EventPayload

    static func start(_ item: Int, at: Double) -> Step { Step(at: at, payload: ItemStarted(item: item)) }
    static func pause(at: Double) -> Step { Step(at: at, payload: TimerPaused()) }
    static func resume(at: Double) -> Step { Step(at: at, payload: TimerResumed()) }
    static func extend(_ item: Int, by seconds: Int, at: Double) -> Step {
        Step(at: at, payload: ItemExtended(item: item, seconds: seconds))
    }
    static func shorten(_ item: Int, by seconds: Int, at: Double) -> Step {
        Step(at: at, payload: ItemShortened(item: item, seconds: seconds))
    }
    static func skip(_ item: Int, at: Double) -> Step { Step(at: at, payload: ItemSkipped(item: item)) }
    static func end(at: Double) -> Step { Step(at: at, payload: MeetingEnded()) }

    var event: Event { Event(at: ConveneCoreTests.at(self.at), by: "test", payload) }

    var description: String { "\(type(of: payload).type)@\(Int(at))" }
}

/// An agenda of items lasting the given minutes.
func agenda(minutes: [Int], warn: WarnThreshold = .default, cueSeconds: Int? = nil) -> Agenda {
    Agenda(
        title: "Test meeting", warn: warn,
        items: minutes.enumerated().map { AgendaItem(title: "Item \($0.offset + 1)", seconds: $0.element * 60, cueSeconds: cueSeconds) })
}

/// The meeting after folding `steps` over a `meeting.opened` for `agenda`.
func meeting(_ agenda: Agenda, _ steps: [Step]) -> Meeting {
    let opened = Event(at: meetingStart, by: "test", MeetingOpened(id: "2026-08-30-test", agendaFile: "test.md", agenda: agenda, roster: .empty))
    guard let meeting = Meeting.replay([opened] + steps.map(\.event)) else {
        preconditionFailure("a log starting with meeting.opened always replays")
    }
    return meeting
}
