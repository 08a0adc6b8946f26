import ConveneCore
import ConveneTUI
import Foundation
import Testing

/// Plain mode says what earlier meetings left open and closes items by number, like the `f` screen.
@Suite struct PlainCarriedTests {
    private let start = Date(timeIntervalSince1970: 1_788_098_400)

    private func session() -> PlainSession {
        let meeting = Meeting(opened: MeetingOpened(id: "m", agendaFile: "v.md", agenda: Samples.visioning, roster: .empty), at: start, by: "t")
        var plain = PlainSession(meeting: meeting, me: "sam")
        plain.carried = [
            FollowUpItem(id: "k7q2xm", meeting: "m1", meetingTitle: "Visioning 1", series: "visioning", note: "a", kind: "action",
                         text: "Book the hall", holder: "Ana", due: "2026-08-08", openedAt: start.addingTimeInterval(-86400)),
            FollowUpItem(id: "m3x9aa", meeting: "m1", meetingTitle: "Visioning 1", series: "visioning", note: "f", kind: "follow-up",
                         text: "Ask about childcare", holder: "Bo", person: "Kofi", openedAt: start.addingTimeInterval(-86400)),
        ]
        return plain
    }

    @Test func closingWordsAreRead() {
        #expect(PlainCommand.parse("earlier") == .earlier)
        #expect(PlainCommand.parse("done 2 she is coming Friday") == .done(2, outcome: "she is coming Friday"))
        #expect(PlainCommand.parse("done 1") == .done(1, outcome: ""))
        #expect(PlainCommand.parse("drop 1 moved away") == .drop(1, reason: "moved away"))
        guard case .unknown(let why) = PlainCommand.parse("drop 1") else { Issue.record("drop without a reason was taken"); return }
        #expect(why == "Say why it is dropped, for example: drop 1 moved away")
        guard case .unknown = PlainCommand.parse("done two") else { Issue.record("done without a number was taken"); return }
        guard case .unknown = PlainCommand.parse("done 0 x") else { Issue.record("done 0 was taken"); return }
    }

    @Test func earlierSaysEachItemNumberedWithOverdue() {
        var plain = session()
        plain.timeZone = TimeZone(identifier: "UTC")!
        #expect(plain.carriedGreeting == "1 action and 1 follow-up open from earlier meetings; type earlier to hear them, done N to close one.")
        #expect(plain.handle("earlier", now: start, noteID: "n").say == [
            "1. Open: action for Ana: Book the hall, due 2026-08-08, overdue. From Visioning 1, m1.",
            "2. Open: follow-up for Bo talks with Kofi: Ask about childcare. From Visioning 1, m1.",
        ])
    }

    @Test func doneAndDropWriteToTheMeetingTheItemCameFrom() {
        var plain = session()
        let done = plain.handle("done 2 coming Friday", now: start, noteID: "n").effects
        guard case .appendToMeeting(let meeting, let payloads)? = done.first else { Issue.record("no write"); return }
        #expect(meeting == "m1")
        #expect(payloads.first as? FollowUpCompleted == FollowUpCompleted(id: "f", outcome: "coming Friday"))
        let dropped = plain.handle("drop 1 hall closed", now: start, noteID: "n").effects
        guard case .appendToMeeting(_, let drops)? = dropped.first else { Issue.record("no write"); return }
        #expect(drops.first as? FollowUpDropped == FollowUpDropped(id: "a", reason: "hall closed"))
        #expect(plain.handle("done 3", now: start, noteID: "n").say == ["There is no number 3; type earlier for the list."])
    }

    @Test func aSavedChangeIsSaidAndCannotBeRepeated() {
        var plain = session()
        var closed = plain.carried[1]
        closed.status = .done
        closed.outcome = "coming Friday"
        #expect(plain.refreshCarried([closed]) == ["Number 2 is now done, coming Friday: Ask about childcare."])
        #expect(plain.handle("done 2", now: start, noteID: "n").say == ["Number 2 is already done."])
        plain.carried = []
        #expect(plain.carriedGreeting == nil)
        #expect(plain.handle("earlier", now: start, noteID: "n").say == ["Nothing is open from earlier meetings of this series."])
    }
}
