import ConveneCore
import ConveneTUI
import Foundation
import Testing

/// The facilitator's note editor (`t`) and report back (`w`).
@Suite struct FacilitatorNotesTests {
    private let start = JoinStateTests.start

    private func state() -> FacilitatorState {
        FacilitatorState(meeting: JoinStateTests.meeting([(0, ItemStarted(item: 2))]), timeZone: TimeZone(identifier: "UTC")!)
    }

    @Test func tOpensTheEditorWhichTakesLettersAndSavesAWholeRoomNote() throws {
        var state = state()
        _ = state.update(key: .character("t"), now: start)
        #expect(state.noteTaker != nil)
        for c in "n水" { _ = state.updateNotes(key: .character(c), now: start, newID: { "" }) }
        #expect(state.screen == .agenda)
        let effects = state.updateNotes(key: .enter, now: start, newID: { "fac-1" })
        guard case .append(let payloads)? = effects.first else { Issue.record("expected an append"); return }
        let note = try #require(payloads.first as? NoteAdded)
        #expect(note.text == "n水")
        #expect(note.group == nil)
        state.receive([Event(at: start, by: "fac", note)])
        #expect(state.noteTaker?.editor.isEmpty == true)
        #expect(state.meeting.notes["fac-1"] != nil)
        let picture = FacilitatorView.render(state, size: Size(width: 60, height: 18), now: start)
        #expect(picture.lines[14].hasPrefix("── Take a note (Esc closes)"))
        #expect(picture.lines[17].hasPrefix(" ✓ saved 14:00"))
        _ = state.updateNotes(key: .escape, now: start, newID: { "" })
        #expect(state.noteTaker == nil)
    }

    @Test func wShowsNotesPerGroupAndHelpListsBothKeys() {
        var state = state()
        state.receive([
            Event(at: start, by: "Ana", NoteAdded(id: "a", kind: .idea, text: "水道は公共", item: 2, round: 1, group: 1)),
            Event(at: start, by: "Bo", NoteAdded(id: "b", text: "clinics \u{1B}[2J", item: 2, round: 1, group: 2)),
        ])
        _ = state.update(key: .character("w"), now: start)
        #expect(state.screen == .reportBack)
        let buffer = FacilitatorView.render(state, size: Size(width: 120, height: 40), now: start)
        #expect(buffer.lines[0].hasPrefix(" Report back · notes per group as they arrive"))
        #expect(buffer.lines[2].hasPrefix(" Group 1 · 1                   "))
        #expect(buffer.lines[2].contains(" Group 2 · 1"))
        #expect(buffer.lines[3].contains("  idea: 水道は公共"))
        #expect(buffer.lines[3].contains("  note: clinics \\e[2J"))
        _ = state.update(key: .escape, now: start)
        #expect(state.screen == .agenda)
        _ = state.update(key: .character("?"), now: start)
        let help = FacilitatorView.render(state, size: Size(width: 60, height: 18), now: start)
        #expect(help.contains("t / w  take a note / report back"))
    }

    @Test func reportBackWrapsALongNoteWholeAt60x18() {
        var state = state()
        state.receive([Event(at: start, by: "Ana", NoteAdded(
            id: "a", text: "We need a clinic in every neighbourhood, open late, 予約なし", item: 2, round: 1, group: 1))])
        _ = state.update(key: .character("w"), now: start)
        let lines = FacilitatorView.render(state, size: Size(width: 60, height: 18), now: start).lines
        #expect(lines[3] == DisplayWidth.pad("  note: We need a clinic in every neighbourhood, open", to: 60))
        #expect(lines[4] == DisplayWidth.pad("    late, 予約なし", to: 60))
    }

}
