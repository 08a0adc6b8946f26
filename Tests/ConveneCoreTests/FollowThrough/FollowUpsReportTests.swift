import ConveneCore
import Foundation
import Testing

/// The follow-ups list groups by holder (nobody named last), keeps each group oldest first, marks overdue and closed
/// items in words, and escapes typed text.
@Suite struct FollowUpsReportTests {
    private func item(_ id: String, holder: String?, day: Double, due: String? = nil, status: FollowThrough.Status = .open,
                      text: String = "Book the hall") -> FollowUpItem {
        FollowUpItem(id: id, meeting: "2026-08-30-visioning", meetingTitle: "Visioning", series: "visioning", note: id, kind: "action",
                     text: text, holder: holder, due: due, status: status, outcome: status == .done ? "booked" : nil,
                     assessment: status == .done ? 5 : nil, openedAt: Date(timeIntervalSince1970: day * 86400))
    }

    @Test func groupedOldestFirstWithNobodyLast() {
        let text = String(decoding: FollowUpsReport.text([
            item("aaaaaa", holder: nil, day: 1), item("bbbbbb", holder: "Zoë", day: 2, due: "2026-09-01"),
            item("cccccc", holder: "Ana", day: 3, status: .done), item("dddddd", holder: "Zoë", day: 4, text: "Evil\u{1B}[2J"),
        ], today: "2026-09-02"), as: UTF8.self)
        #expect(text == """
            Ana — 0 open, 1 closed
              cccccc  2026-08-30  action     Book the hall · DONE (5/5): booked · Visioning

            Zoë — 2 open, 1 overdue
              bbbbbb  2026-08-30  action     Book the hall · due 2026-09-01 · OVERDUE · Visioning
              dddddd  2026-08-30  action     Evil\\e[2J · Visioning

            (nobody named) — 1 open
              aaaaaa  2026-08-30  action     Book the hall · Visioning

            """)
    }

    @Test func aLongListIsHandedOutInPiecesThatMakeTheWholeText() {
        let items = (0..<3000).map { item(String(format: "%06d", $0), holder: $0 % 3 == 0 ? "Ana" : "Bo", day: Double($0)) }
        var pieces: [[UInt8]] = []
        FollowUpsReport.write(items, today: "2026-09-02") { pieces.append($0) }
        #expect(pieces.count > 1)
        #expect(pieces.allSatisfy { $0.count < (1 << 16) + 4096 })
        #expect(Array(pieces.joined()) == FollowUpsReport.text(items, today: "2026-09-02"))
    }

    @Test func overdueNeedsARealDayBeforeToday() {
        #expect(item("a", holder: nil, day: 1, due: "2026-09-01").isOverdue(today: "2026-09-02"))
        #expect(item("a", holder: nil, day: 1, due: "2026-09-01 18:00").isOverdue(today: "2026-09-02"))
        #expect(!item("a", holder: nil, day: 1, due: "2026-02-30").isOverdue(today: "2026-09-02"))
        #expect(!item("a", holder: nil, day: 1, due: "2026-9-1").isOverdue(today: "2026-09-02"))
        #expect(!item("a", holder: nil, day: 1, due: "after the rally").isOverdue(today: "2026-09-02"))
        #expect(!item("a", holder: nil, day: 1, due: "2026-09-01", status: .done).isOverdue(today: "2026-09-02"))
        #expect(item("a", holder: nil, day: 1, due: "2024-02-29").isOverdue(today: "2026-09-02"))
        #expect(!item("a", holder: nil, day: 1, due: "2025-02-29").isOverdue(today: "2026-09-02"))
    }

    @Test func lookupByIDPrefixOrMeetingAndNote() throws {
        let items = [item("k7q2xm", holder: "Ana", day: 1), item("k7q9ab", holder: "Bo", day: 2)]
        #expect(try FollowUpItem.find("K7Q2", in: items).id == "k7q2xm")
        #expect(try FollowUpItem.find("2026-08-30-visioning/k7q9ab", in: items).id == "k7q9ab")
        #expect(throws: FollowUpItem.LookupError.self) { try FollowUpItem.find("k7q", in: items) }
        #expect(throws: FollowUpItem.LookupError.self) { try FollowUpItem.find("k7", in: items) }
        #expect(throws: FollowUpItem.LookupError.self) { try FollowUpItem.find("zzzzzz", in: items) }
        do {
            _ = try FollowUpItem.find("k7q", in: items)
        } catch {
            #expect(error.message.contains("matches 2 items"))
        }
    }
}
