import ConveneCore
@testable import ConveneTUI
import Foundation
import Testing

/// The help box lists every key the facilitator screen acts on, so nothing is reachable only by guessing.
@Suite struct HelpOverlayKeysTests {
    private let start = Date(timeIntervalSince1970: 1_788_098_400)

    private func state(_ events: [any EventPayload], screen: FacilitatorState.Screen = .agenda) -> FacilitatorState {
        var meeting = Meeting(opened: MeetingOpened(id: "m", agendaFile: "v.md", agenda: Samples.visioning, roster: .empty), at: start, by: "t")
        for payload in events { meeting.apply(Event(at: start, by: "t", payload)) }
        var state = FacilitatorState(meeting: meeting, timeZone: TimeZone(identifier: "UTC")!)
        state.screen = screen
        return state
    }

    /// How the help box names a key.
    private func label(_ key: Key) -> String {
        switch key {
        case .character(" "): "space"
        case .character(let c): String(c)
        case .escape: "Esc"
        case .enter: "Enter"
        case .function(let n): "F\(n)"
        default: "\(key)"
        }
    }

    @Test func everyKeyThatDoesSomethingIsInTheHelp() {
        let keys: [Key] = (32...126).map { .character(Character(Unicode.Scalar(UInt8($0)))) }
            + [.up, .down, .left, .right, .enter, .escape, .backspace, .delete, .tab, .backTab, .home, .end, .pageUp, .pageDown]
            + (1...12).map { .function($0) }
        let states = [
            state([]), state([ItemStarted(item: 0)]), state([ItemStarted(item: 1), TimerPaused()]),
            state([ItemStarted(item: 4)]), state([ItemStarted(item: 2)], screen: .projector),
        ]
        let words = Set(HelpOverlay.rows.map(\.0).joined(separator: " ")
            .split(whereSeparator: { " /(),".contains($0) }).map(String.init))
        var handled = 0
        for key in keys {
            let acts = states.contains { before in
                var after = before
                let effects = after.update(key: key, now: start)
                return !effects.isEmpty || after.overlay != before.overlay || after.screen != before.screen || after.notice != nil
            }
            guard acts else { continue }
            handled += 1
            #expect(words.contains(label(key)), "key \(label(key)) is handled but not in the help")
        }
        #expect(handled >= 12)
    }

    @Test func everyHelpRowFitsTheSmallestTerminal() {
        let buffer = FacilitatorView.render({ var s = state([]); s.overlay = .help; return s }(), size: Size(width: 60, height: 18), now: start)
        for (text, _) in HelpOverlay.rows { #expect(buffer.contains(text), "\(text)") }
    }

}
