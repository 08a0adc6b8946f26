import ConveneCore
import ConveneTUI
import Foundation
import Testing

/// Keys on the facilitator screen produce the right facts for the log, and never change the meeting directly.
@Suite struct FacilitatorUpdateTests {
    private let start = Date(timeIntervalSince1970: 1_788_098_400)

    private func state(_ events: [any EventPayload] = []) -> FacilitatorState {
        var meeting = Meeting(opened: MeetingOpened(id: "m", agendaFile: "v.md", agenda: Samples.visioning, roster: .empty), at: start, by: "t")
        for payload in events { meeting.apply(Event(at: start, by: "t", payload)) }
        return FacilitatorState(meeting: meeting, timeZone: TimeZone(identifier: "UTC")!)
    }

    private func types(_ effects: [Effect]) -> [String] { effects.flatMap(\.appendedTypes) }

    @Test func spaceStartsPausesAndResumes() {
        var ready = state()
        #expect(types(ready.update(key: .character(" "), now: start)) == ["item.started"])
        var running = state([ItemStarted(item: 0)])
        #expect(types(running.update(key: .character(" "), now: start)) == ["timer.paused"])
        var paused = state([ItemStarted(item: 0), TimerPaused()])
        #expect(types(paused.update(key: .character(" "), now: start)) == ["timer.resumed"])
    }

    @Test func nextBackSkipAndMinutes() {
        var running = state([ItemStarted(item: 1)])
        #expect(types(running.update(key: .character("n"), now: start)) == ["item.started"])
        #expect(types(running.update(key: .character("b"), now: start)) == ["item.started"])
        #expect(types(running.update(key: .character("s"), now: start)) == ["item.skipped", "item.started"])
        #expect(types(running.update(key: .character("+"), now: start)) == ["item.extended"])
        #expect(types(running.update(key: .character("-"), now: start)) == ["item.shortened"])
        var paused = state([ItemStarted(item: 1), TimerPaused()])
        #expect(types(paused.update(key: .character("b"), now: start)) == ["item.started", "timer.paused"])
    }

    @Test func nextOnTheLastItemAsksBeforeEnding() {
        var last = state([ItemStarted(item: 4)])
        #expect(last.update(key: .character("n"), now: start).isEmpty)
        #expect(last.overlay == .confirmEnd(skipCurrent: false))
        #expect(last.update(key: .escape, now: start).isEmpty)
        #expect(last.overlay == nil)
        _ = last.update(key: .character("n"), now: start)
        #expect(types(last.update(key: .character("y"), now: start)) == ["meeting.ended"])
    }

    @Test func escapeNeverQuitsAndQuitLeavesTheMeetingAlone() {
        var running = state([ItemStarted(item: 0)])
        #expect(running.update(key: .escape, now: start).isEmpty)
        running.screen = .projector
        #expect(running.update(key: .escape, now: start).isEmpty)
        #expect(running.screen == .agenda)
        let quit = running.update(key: .character("q"), now: start)
        #expect(quit.count == 1)
        if case .quit = quit[0] {} else { Issue.record("q should quit the screen") }
    }

    @Test func helpOpensAndAnyKeyClosesIt() {
        var ready = state()
        _ = ready.update(key: .character("?"), now: start)
        #expect(ready.overlay == .help)
        #expect(ready.update(key: .character(" "), now: start).isEmpty)
        #expect(ready.overlay == nil)
    }

    @Test func readOnlyMeetingsRefuseChanges() {
        var readOnly = state([ItemStarted(item: 0)])
        readOnly.readOnlyReason = "line 3 is unreadable"
        #expect(readOnly.update(key: .character("n"), now: start).isEmpty)
        #expect(readOnly.notice?.contains("read-only") == true)
    }

    @Test func alertsRingAndLeaveWordsOnScreen() {
        var running = state([ItemStarted(item: 0)])
        let effects = running.alert([.timeUp], now: start)
        #expect(effects.count == 2)
        #expect(running.banner == "TIME IS UP: Welcome and introductions")
        let buffer = FacilitatorView.render(running, size: Size(width: 80, height: 24), now: start.addingTimeInterval(1))
        #expect(buffer.contains("TIME IS UP: Welcome and introductions"))
        let later = FacilitatorView.render(running, size: Size(width: 80, height: 24), now: start.addingTimeInterval(6))
        #expect(!later.contains("TIME IS UP"))
    }
}
