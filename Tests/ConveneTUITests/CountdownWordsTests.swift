import ConveneCore
import ConveneTUI
import Foundation
import Testing

/// Each countdown state carries its own words and symbol, so no theme (mono included) loses it.
@Suite struct CountdownWordsTests {
    private let start = Date(timeIntervalSince1970: 1_788_098_400)

    private func status(_ events: [any EventPayload], at seconds: Double) -> CountdownStatus {
        var meeting = Meeting(opened: MeetingOpened(id: "m", agendaFile: "v.md", agenda: Samples.visioning, roster: .empty), at: start, by: "t")
        for payload in events { meeting.apply(Event(at: start, by: "t", payload)) }
        return CountdownStatus(meeting: meeting, now: start.addingTimeInterval(seconds))
    }

    @Test func everyStateHasDistinctWordsAndSymbols() {
        let states = [
            status([], at: 0), status([ItemStarted(item: 0)], at: 10), status([ItemStarted(item: 0)], at: 500),
            status([ItemStarted(item: 0)], at: 700), status([ItemStarted(item: 0), TimerPaused()], at: 10),
            status([ItemStarted(item: 0), MeetingEnded()], at: 10),
        ]
        let prefixes = ["● READY", "▶ RUNNING", "! WARNING", "‼ OVER TIME", "❚❚ PAUSED", "■ MEETING ENDED"]
        for (state, prefix) in zip(states, prefixes) { #expect(state.words.hasPrefix(prefix), "\(state.words)") }
        #expect(Set(states.map(\.style)).count == 5)
    }

    @Test func warningAndOverrunWordsAreOnScreenInEveryView() {
        var state = FacilitatorState(meeting: Meeting(opened: MeetingOpened(id: "m", agendaFile: "v.md", agenda: Samples.visioning, roster: .empty), at: start, by: "t"), timeZone: TimeZone(identifier: "UTC")!)
        state.receive([Event(at: start, by: "t", ItemStarted(item: 0))])
        for screen in [FacilitatorState.Screen.agenda, .projector] {
            state.screen = screen
            for size in [Size(width: 60, height: 18), Size(width: 120, height: 40)] {
                let warning = FacilitatorView.render(state, size: size, now: start.addingTimeInterval(500)).lines.joined(separator: "\n")
                let overrun = FacilitatorView.render(state, size: size, now: start.addingTimeInterval(700)).lines.joined(separator: "\n")
                #expect(warning.contains("WARNING"), "\(screen) \(size)")
                #expect(overrun.contains("OVER TIME"), "\(screen) \(size)")
            }
        }
    }

    @Test func theFlashAtZeroHasABannerInWords() {
        var state = FacilitatorState(meeting: Meeting(opened: MeetingOpened(id: "m", agendaFile: "v.md", agenda: Samples.visioning, roster: .empty), at: start, by: "t"), timeZone: TimeZone(identifier: "UTC")!)
        state.receive([Event(at: start, by: "t", ItemStarted(item: 0))])
        let zero = start.addingTimeInterval(600)
        let effects = state.alert(state.meeting.alerts(from: start.addingTimeInterval(599), to: zero), now: zero)
        #expect(effects.contains { if case .flash = $0 { true } else { false } })
        for screen in [FacilitatorState.Screen.agenda, .projector] {
            state.screen = screen
            let lines = FacilitatorView.render(state, size: Size(width: 60, height: 18), now: zero.addingTimeInterval(1)).lines
            #expect(lines.contains { $0.contains("TIME IS UP") }, "\(screen)")
        }
    }
}
