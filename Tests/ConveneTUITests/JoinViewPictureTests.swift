import ConveneCore
import ConveneTUI
import Foundation
import Testing

/// The note-taker screen as pictures at the smallest and a large size, with wide characters and hostile text.
@Suite struct JoinViewPictureTests {
    private let now = JoinStateTests.start.addingTimeInterval(60)

    private func state() -> JoinState {
        var state = JoinStateTests.state(events: [
            (0, ItemStarted(item: 2)),
            (10, NoteAdded(id: "a", kind: .idea, text: "水道は公共のもの", item: 2, round: 1, group: 2)),
            (20, NoteAdded(id: "b", kind: .action, text: "book the hall @José", item: 2, round: 1, group: 2, owner: "José")),
            (30, NoteAdded(id: "c", text: "clinics \u{1B}[2J\u{1B}]0;pwned\u{07} in every town", item: 2, round: 1, group: 1)),
        ])
        state.editor.insert("入力中 draft")
        return state
    }

    @Test func smallestTerminal() {
        let buffer = JoinView.render(state(), size: Size(width: 60, height: 18), now: now)
        #expect(buffer.lines.count == 18)
        #expect(buffer.lines[0].hasPrefix(" Notes · Envisioning a Just Health Group 2"))
        #expect(buffer.lines[0].hasSuffix("Group 2, round 1 · 14:01 "))
        #expect(buffer.lines[2].hasPrefix(" NOW 3/5  Breakouts: What does a just healthcare system"))
        #expect(buffer.lines[4].hasPrefix(" Group 2, round 1 · 2 notes on this item"))
        #expect(buffer.lines[5] == DisplayWidth.pad("  ✓ idea: 水道は公共のもの — fac", to: 60))
        #expect(buffer.lines[6].hasPrefix("  ✓ action: book the hall @José (owner José) — fac"))
        let others = buffer.lines.firstIndex { $0.hasPrefix(" Other groups") }!
        #expect(buffer.lines[others + 1].hasPrefix("  ✓ G1 note: clinics \\e[2J\\e]0;pwned\\x07 in every town —"))
        #expect(buffer.lines[15].hasPrefix(" Kind: NOTE  Tab changes the kind"))
        #expect(buffer.lines[16] == DisplayWidth.pad(" note › 入力中 draft", to: 60))
        #expect(buffer.lines[17].hasPrefix(" Enter save  Tab kind  Ctrl-G group  Esc leave"))
        #expect(buffer.lines.allSatisfy { !$0.unicodeScalars.contains { $0.value < 0x20 } })
    }

    @Test func largeTerminalShowsTheFullKeyLineAndEveryNote() {
        let buffer = JoinView.render(state(), size: Size(width: 120, height: 40), now: now)
        #expect(buffer.lines.count == 40)
        #expect(buffer.lines[0].hasSuffix("Group 2, round 1 · 14:01 "))
        #expect(buffer.contains("✓ idea: 水道は公共のもの — fac"))
        #expect(buffer.contains("✓ G1 note: clinics \\e[2J\\e]0;pwned\\x07 in every town — fac"))
        #expect(buffer.lines[37] == DisplayWidth.pad(" Kind: NOTE  Tab changes the kind", to: 120))
        #expect(buffer.lines[38] == DisplayWidth.pad(" note › 入力中 draft", to: 120))
        #expect(buffer.styleLines[38].filter { $0 == "s" }.count == 1)
        #expect(buffer.lines[39].hasPrefix(" Enter save  Tab kind  ↑↓ history  Ctrl-W word  Ctrl-G group  Esc leave"))
    }

    @Test func savedNoteIsAcknowledgedInWords() {
        var state = state()
        state.savedAt = now
        let buffer = JoinView.render(state, size: Size(width: 60, height: 18), now: now)
        #expect(buffer.lines[17] == DisplayWidth.pad(" ✓ saved 14:01  Enter save  Ctrl-G group  Esc leave", to: 60))
    }

    @Test func aLongNoteWrapsWholeAt60x18() {
        var state = JoinStateTests.state(events: [
            (0, ItemStarted(item: 2)),
            (10, NoteAdded(id: "a", text: "Universal coverage from birth, without any paperwork at all, 予約なし", item: 2, round: 1, group: 2)),
        ])
        state.receive([])
        let lines = JoinView.render(state, size: Size(width: 60, height: 18), now: now).lines
        #expect(lines[5] == DisplayWidth.pad("  ✓ note: Universal coverage from birth, without any", to: 60))
        #expect(lines[6].hasPrefix("    paperwork at all, 予約なし — fac"))
    }

    @Test func pickerAsksForTheGroupOnEntry() {
        let state = JoinStateTests.state(group: nil, askGroup: true)
        let buffer = JoinView.render(state, size: Size(width: 60, height: 18), now: now)
        #expect(buffer.lines[16].hasPrefix(" Group number (Enter alone: whole room): "))
        let wide = JoinView.render(state, size: Size(width: 120, height: 40), now: now)
        #expect(wide.lines[38].hasPrefix(" Which group do you take notes for? (Enter alone: whole room) "))
        #expect(buffer.lines[17].hasPrefix(" type a group number, Enter"))
        #expect(buffer.lines[0].contains("Whole room"))
    }

    @Test func kindIsShownInWords() {
        var state = state()
        state.kind = .followUp
        let buffer = JoinView.render(state, size: Size(width: 60, height: 18), now: now)
        #expect(buffer.lines[15].hasPrefix(" Kind: FOLLOW-UP  @person to contact, then @organizer"))
        #expect(buffer.lines[16].hasPrefix(" follow-up › 入力中 draft"))
    }
}
