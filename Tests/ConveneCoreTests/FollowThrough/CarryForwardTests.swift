import Foundation
import Testing
@testable import ConveneCore

/// A meeting inherits only what is still open from earlier meetings of its own series.
@Suite struct CarryForwardTests {
    private func item(_ id: String, meeting: String, series: String = "visioning", day: Double, kind: String = "action",
                      status: FollowThrough.Status = .open, due: String? = nil) -> FollowUpItem {
        FollowUpItem(id: id, meeting: meeting, meetingTitle: meeting, series: series, note: "n", kind: kind, text: "t", holder: "Ana",
                     due: due, status: status, openedAt: Date(timeIntervalSince1970: day * 86400))
    }

    @Test func onlyOpenItemsOfEarlierMeetingsOfTheSameSeries() {
        let items = [
            item("b", meeting: "m2", day: 8), item("a", meeting: "m1", day: 1),
            item("c", meeting: "m1", day: 1, status: .done), item("d", meeting: "m1", day: 1, status: .dropped),
            item("e", meeting: "other", series: "phone zap", day: 2), item("f", meeting: "m3", day: 15),
            item("g", meeting: "m9", day: 30),
        ]
        let carried = CarryForward.items(items, series: "visioning", meeting: "m3", openedAt: Date(timeIntervalSince1970: 15 * 86400 + 60))
        #expect(carried.map(\.id) == ["a", "b"])
        #expect(CarryForward.items(items, series: "", meeting: "m3", openedAt: .distantFuture).isEmpty)
    }

    @Test func theyComeByWhoHoldsThemEachOldestFirst() {
        var items = [item("z", meeting: "m1", day: 1), item("y", meeting: "m2", day: 3), item("x", meeting: "m1", day: 2)]
        items[0].holder = "Zoë"
        items[2].holder = "Zoë"
        let carried = CarryForward.items(items, series: "visioning", meeting: "m9", openedAt: .distantFuture)
        #expect(carried.map(\.id) == ["y", "z", "x"])
    }

    @Test func theLogsToReadAgainAreEachSourceMeetingOnce() {
        let items = [item("a", meeting: "m2", day: 1), item("b", meeting: "m1", day: 2), item("c", meeting: "m2", day: 3)]
        #expect(items.sourceMeetings == ["m2", "m1"])
    }

    @Test func summaryCountsKindsAndOverdueInWords() {
        let items = [item("a", meeting: "m1", day: 1, due: "2026-01-01"), item("b", meeting: "m1", day: 1, kind: "follow-up"),
                     item("c", meeting: "m1", day: 1, kind: "follow-up"), item("d", meeting: "m1", day: 1, status: .done)]
        #expect(CarryForward.summary(items, today: "2026-02-01") == "1 action and 2 follow-ups open from earlier meetings, 1 overdue")
        #expect(CarryForward.summary(items) == "1 action and 2 follow-ups open from earlier meetings")
        #expect(CarryForward.summary(Array(items.suffix(1))) == nil)
        #expect(CarryForward.summary([items[1]]) == "1 follow-up open from earlier meetings")
    }

    @Test func showListsThemLastWithOverdueMarked() {
        var overdue = item("k7q2xm", meeting: "2026-08-01-visioning-1", day: 1, due: "2026-08-08")
        overdue.meetingTitle = "Visioning 1"
        overdue.text = "Book the hall\u{1B}[2J"
        let lines = RecordText.carriedLines([overdue], today: "2026-09-01")
        #expect(lines == ["", "Still open from earlier meetings of this series (1)",
                          "  [k7q2xm] 2026-08-01 Book the hall\\e[2J — owner: Ana, due 2026-08-08 · OVERDUE · Visioning 1"])
        #expect(RecordText.carriedLines([], today: "2026-09-01").isEmpty)
    }
}
