import ConveneCore
import ConveneTUI
import Foundation
import Testing

/// The review screen's follow-ups list across meetings: by who holds them, status in words, and a way back to the
/// meeting each came from.
@Suite struct ReviewFollowUpsTests {
    private let start = Date(timeIntervalSince1970: 1_788_098_400)

    private func item(_ id: String, holder: String?, person: String? = nil, status: FollowThrough.Status = .open, due: String? = nil,
                      meeting: String = "2026-08-30-visioning") -> FollowUpItem {
        FollowUpItem(id: id, meeting: meeting, meetingTitle: "Visioning", series: "visioning", note: id, kind: person == nil ? "action" : "follow-up",
                     text: "Task " + id, holder: holder, person: person, due: due, status: status,
                     outcome: status == .done ? "went well" : nil, openedAt: start)
    }

    private var items: [FollowUpItem] {
        [item("b1", holder: "Zoë", due: "2026-08-01"), item("a1", holder: nil), item("c1", holder: "山田 花子", person: "Kofi", meeting: "2026-09-06-visioning"),
         item("d1", holder: "ana", status: .done)]
    }

    @Test func fListsThemByHolderAndEnterOpensTheirMeetingAtItsActions() {
        var s = ReviewState(meetings: [])
        #expect(s.update(key: .character("f")) == [.followUps(all: false)])
        s.listed(items, all: false, today: "2026-09-10")
        #expect(s.followUps?.items.map(\.id) == ["d1", "b1", "c1", "a1"])
        let lines = ReviewView.render(s, size: Size(width: 100, height: 18)).lines
        #expect(lines[0].hasPrefix(" Follow-ups · 3 open across meetings · by who holds them"))
        #expect(lines[1] == DisplayWidth.pad("▶ ✓ done  ana               Task d1 · went well · 2026-08-30 Visioning", to: 100))
        #expect(lines[2] == DisplayWidth.pad("  OVERDUE Zoë               Task b1 · due 2026-08-01 · 2026-08-30 Visioning", to: 100))
        #expect(lines[3] == DisplayWidth.pad("  open    山田 花子 → Kofi  Task c1 · 2026-09-06 Visioning", to: 100))
        #expect(lines[4] == DisplayWidth.pad("  open    nobody named      Task a1 · 2026-08-30 Visioning", to: 100))
        #expect(lines[17].hasPrefix(" ↑↓ choose  Enter its meeting  a done too  f or Esc meetings  q quit"))
        _ = s.update(key: .down)
        _ = s.update(key: .down)
        #expect(s.update(key: .enter) == [.open("2026-09-06-visioning")])
        var meeting = Meeting(opened: MeetingOpened(id: "2026-09-06-visioning", agendaFile: "v.md",
                                                    agenda: Agenda(title: "Visioning", items: [AgendaItem(title: "Talk", seconds: 60)]), roster: .empty),
                              at: start, by: "t")
        meeting.apply(Event(at: start, by: "t", NoteAdded(id: "c1", kind: .followUp, text: "Task c1", item: 0, person: "Kofi", organizer: "山田 花子")))
        s.open(MeetingRecord(meeting: meeting, now: start))
        #expect(s.tab == .actions)
        _ = s.update(key: .escape)
        #expect(s.record == nil && s.followUps?.selected == 2)
        #expect(s.update(key: .character("a")) == [.followUps(all: true)])
        s.listed(items.reversed(), all: true, today: "2026-09-10")
        #expect(s.followUps?.selected == 2)
        _ = s.update(key: .character("f"))
        #expect(s.followUps == nil)
        #expect(ReviewView.render(s, size: Size(width: 60, height: 18)).contains("No meetings yet."))
    }

    @Test func anEmptyListSaysWhyAndTheNarrowFooterFits() {
        var s = ReviewState(meetings: [])
        s.listed([], all: false, today: "2026-09-10")
        let buffer = ReviewView.render(s, size: Size(width: 60, height: 18))
        #expect(buffer.lines[1].hasPrefix(" Nothing open. a shows the done and dropped ones too."))
        #expect(buffer.lines[17] == DisplayWidth.pad(" Enter meeting  a all  f meetings  q quit", to: 60))
        #expect(buffer.styleLines[2].allSatisfy { $0 == "." })
        s.listed([], all: true, today: "2026-09-10")
        #expect(ReviewView.render(s, size: Size(width: 60, height: 18)).lines[1].hasPrefix(" No actions or follow-ups recorded."))
    }

    @Test func overdueAndClosedAreStyledAsWellAsWorded() {
        var s = ReviewState(meetings: [])
        s.listed(items, all: true, today: "2026-09-10")
        _ = s.update(key: .end)
        let buffer = ReviewView.render(s, size: Size(width: 100, height: 18))
        #expect(buffer.styleLines[1].hasPrefix("ddd"))
        #expect(buffer.styleLines[2].hasPrefix("www"))
        #expect(buffer.styleLines[4].hasPrefix("sss"))
    }
}
