import Foundation
import Testing
@testable import ConveneCore

/// The derived `MeetingRecord` and its renderings: status, planned vs actual, escaping, search folding, stats.
@Suite struct ReviewRecordTests {
    func record(_ steps: [Step], roster: Roster = .empty, notes: [NoteAdded] = [], newer: [String] = [], unreadable: UnreadableSection = .init(),
                now: Double = 3600) -> MeetingRecord {
        let plan = Agenda(title: "Visión", items: [AgendaItem(title: "Welcome", seconds: 600), AgendaItem(title: "山田の議題", seconds: 1200)])
        var events = [Event(at: meetingStart, by: "fac", MeetingOpened(id: "2026-08-30-vision", agendaFile: "a.md", agenda: plan, roster: roster))]
        events += steps.map(\.event)
        events += notes.enumerated().map { Event(at: at(Double(100 + $0.offset)), by: "Zoë", $0.element) }
        events += newer.map { Event(at: at(200), by: "fac", UnknownEvent(originalType: $0, line: #"{"type":"\#($0)"}"#)) }
        return MeetingRecord(meeting: Meeting.replay(events)!, unreadable: unreadable, now: at(now))
    }

    @Test func statusIsLiveEndedOrDamaged() {
        #expect(record([.start(0, at: 0)]).status == .live)
        #expect(record([.start(0, at: 0), .end(at: 60)]).status == .ended)
        #expect(record([.end(at: 60)], unreadable: .init(lines: [.init(line: 3, reason: "not valid JSON")])).status == .damaged)
    }

    @Test func timelineComparesPlannedWithActualAndItemsRun() {
        let r = record([.start(0, at: 0), .start(1, at: 900), .end(at: 1500)])
        #expect(r.timeline.items.map(\.actualSeconds) == [900, 600])
        #expect(r.timeline.itemsRun == 2)
        #expect(r.timeline.ranToTime == true)
        #expect(record([.start(0, at: 0), .end(at: 2000)]).timeline.ranToTime == false)
        #expect(record([]).timeline.ranToTime == nil)
    }

    @Test func liveItemsCountTimeUpToNow() {
        #expect(record([.start(0, at: 0)], now: 300).timeline.items[0].actualSeconds == 300)
    }

    @Test func plainTextAlignsWideTitlesAndNamesUnreadableLines() {
        let text = RecordText.render(record([.start(0, at: 0), .end(at: 60)], unreadable: .init(lines: [.init(line: 4, reason: "not valid JSON")])))
        #expect(text.contains("! line 4 of the log is unreadable (not valid JSON)"))
        #expect(text.contains("  1.  Welcome     10:00 / 01:00"))
        #expect(text.contains("  2.  山田の議題  20:00 / —  not run"))
    }

    @Test func everyRenderingCountsEventsFromANewerConveneByKind() {
        let r = record([.start(0, at: 0)], newer: ["poll.opened", "reaction.added", "poll.opened"])
        #expect(r.unreadable.newerEvents == "3 events from a newer convene (kinds: poll.opened, reaction.added) kept unchanged")
        #expect(record([], newer: ["poll.opened"]).unreadable.newerEvents == "1 event from a newer convene (kinds: poll.opened) kept unchanged")
        #expect(record([]).unreadable.newerEvents == nil)
        #expect(RecordText.render(r).contains("\n! 3 events from a newer convene (kinds: poll.opened, reaction.added) kept unchanged\n"))
        #expect(RecordMarkdown.render(r).contains("\n- 3 events from a newer convene \\(kinds: poll\\.opened, reaction\\.added\\) kept unchanged\n"))
        #expect(RecordHTML.render(r).contains("<p class=\"warn\">3 events from a newer convene (kinds: poll.opened, reaction.added) kept unchanged.</p>"))
        #expect(r.status == .live)
    }

    @Test func plainTextShowsControlCharactersInNotesAsEscapes() {
        let text = RecordText.render(record([], notes: [NoteAdded(id: "n1", text: "a\u{1B}[2Jb\nc", item: 0)]))
        #expect(text.contains(#"a\e[2Jb\nc"#))
        #expect(!text.contains("\u{1B}"))
    }

    @Test func notesAreGroupedByItemAndGroupWithActionsAndFollowUps() {
        let r = record([], notes: [
            NoteAdded(id: "a", kind: .action, text: "Book hall", item: 0, owner: "Ana", due: "Fri"),
            NoteAdded(id: "b", kind: .followUp, text: "Call", item: 1, round: 2, group: 3, person: "Bo", organizer: "Cy"),
        ])
        #expect(r.notes.actions.map(\.owner) == ["Ana"])
        #expect(r.notes.followUps.first?.place == "round 2 group 3")
        let text = RecordText.render(r)
        #expect(text.contains("  2. 山田の議題 — round 2 group 3"))
        #expect(text.contains("Cy contacts Bo: Call"))
    }

    @Test func markdownEscapesSpecialsAndFlattensLines() {
        #expect(RecordMarkdown.escape("a|b *c* <x>\nd") == #"a\|b \*c\* &lt;x&gt; d"#)
    }

    @Test func htmlEscapesMarkupAndQuotes() {
        #expect(RecordHTML.e(#"<script>"x"&'y'"#) == "&lt;script&gt;&quot;x&quot;&amp;&#39;y&#39;")
    }

    @Test func csvQuotesOnlyWhenNeededAndDoublesQuotes() {
        #expect(RecordCSV.field("plain") == "plain")
        #expect(RecordCSV.field("a, \"b\"\nc") == "\"a, \"\"b\"\"\nc\"")
        #expect(RecordCSV.notes(record([])).hasSuffix("struck,followup_id,status,outcome,assessment,reason,closed_at\r\n"))
    }

    @Test func statsCountNewPeopleMembersAndTiming() {
        let first = record([.start(0, at: 0), .end(at: 600)], roster: Roster(people: [Person(name: "Ana", tags: ["member"]), Person(name: "Bo")]))
        var second = record([], roster: Roster(people: [Person(name: "Ana", tags: ["member"]), Person(name: "Cy")]))
        second.openedAt = at(86400)
        second.id = "2026-08-31-vision"
        let stats = RecordStats(digests: [second, first].map(MeetingDigest.init(record:)), people: [first.id: ["Ana", "Bo"], second.id: ["Ana", "Cy"]])
        #expect(stats.meetings.map(\.newPeople) == [2, 1])
        #expect(stats.meetings.map(\.members) == [1, 1])
        #expect(stats.meetings.map(\.nonMembers) == [1, 1])
        #expect(stats.ranToTime == (1, 1))
        #expect(stats.text().contains("2026-08-31 " + String(repeating: "#", count: 20) + String(repeating: "+", count: 20) + " 2"))
    }
}
