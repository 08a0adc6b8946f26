import ConveneCore
import Foundation
import Testing

/// Actions and follow-ups fold to done, dropped or reassigned from `followup.*` events, which may arrive long after
/// the meeting ended; other notes, unknown ids and out-of-range assessments change nothing.
@Suite struct FollowThroughFoldTests {
    private let at = Date(timeIntervalSince1970: 1_788_098_400)

    private func meeting(_ payloads: [any EventPayload]) -> Meeting {
        let agenda = Agenda(title: "Visioning", items: [AgendaItem(title: "Next steps", seconds: 600)])
        var meeting = Meeting(opened: MeetingOpened(id: "2026-08-30-visioning", agendaFile: "a.md", agenda: agenda, roster: .empty),
                              at: at, by: "lead")
        for (offset, payload) in payloads.enumerated() {
            meeting.apply(Event(at: at.addingTimeInterval(Double(offset) * 86_400), by: "Lee", payload))
        }
        return meeting
    }

    private let added: [any EventPayload] = [
        NoteAdded(id: "a", kind: .action, text: "Book the hall", item: 0, owner: "Ana", due: "2026-09-06"),
        NoteAdded(id: "f", kind: .followUp, text: "Talk about childcare", item: 0, person: "Amara", organizer: "Lee"),
        NoteAdded(id: "n", kind: .note, text: "Plain note", item: 0),
    ]

    @Test func newItemsAreOpen() throws {
        let folded = meeting(added)
        #expect(folded.notes["a"]?.followThrough.status == .open)
        #expect(folded.notes["f"]?.followThrough.status == .open)
        #expect(folded.notes["a"]?.holder == "Ana")
        #expect(folded.notes["f"]?.holder == "Lee")
        #expect(folded.notes["n"]?.isTracked == false)
    }

    @Test func completedAfterTheMeetingEnded() throws {
        let folded = meeting(added + [MeetingEnded(), FollowUpCompleted(id: "f", outcome: "Came to the rally", assessment: 4)])
        let f = try #require(folded.notes["f"])
        #expect(f.followThrough.status == .done)
        #expect(f.followThrough.outcome == "Came to the rally")
        #expect(f.followThrough.assessment == 4)
        #expect(f.followThrough.closedBy == "Lee")
        #expect(f.followThrough.closedAt == at.addingTimeInterval(4 * 86_400))
        #expect(folded.timeline.isEnded)
    }

    @Test func assessmentOutsideOneToFiveIsIgnoredNotTrapped() throws {
        let folded = meeting(added + [FollowUpCompleted(id: "a", outcome: "done", assessment: 9)])
        #expect(folded.notes["a"]?.followThrough.status == .done)
        #expect(folded.notes["a"]?.followThrough.assessment == nil)
    }

    @Test func reassignKeepsTheFormerHolder() throws {
        let folded = meeting(added + [FollowUpReassigned(id: "a", to: "Bo"), FollowUpReassigned(id: "f", to: "Mei"),
                                      FollowUpReassigned(id: "f", to: "Noor")])
        #expect(folded.notes["a"]?.owner == "Bo")
        #expect(folded.notes["a"]?.followThrough.formerHolders == ["Ana"])
        #expect(folded.notes["f"]?.organizer == "Noor")
        #expect(folded.notes["f"]?.followThrough.formerHolders == ["Lee", "Mei"])
        #expect(folded.notes["f"]?.person == "Amara")
    }

    @Test func droppedThenDoneEndsDone() throws {
        let folded = meeting(added + [FollowUpDropped(id: "a", reason: "hall closed"), FollowUpCompleted(id: "a", outcome: "found another")])
        let a = try #require(folded.notes["a"])
        #expect(a.followThrough.status == .done)
        #expect(a.followThrough.reason == nil)
        let dropped = meeting(added + [FollowUpDropped(id: "f", reason: "moved away")])
        #expect(dropped.notes["f"]?.followThrough.status == .dropped)
        #expect(dropped.notes["f"]?.followThrough.reason == "moved away")
    }

    @Test func dueSetChangesTheDate() throws {
        let folded = meeting(added + [FollowUpDueSet(id: "f", due: "2026-09-10")])
        #expect(folded.notes["f"]?.due == "2026-09-10")
    }

    @Test func plainNotesAndUnknownIdsAreLeftAlone() throws {
        let folded = meeting(added + [FollowUpCompleted(id: "n", outcome: "x"), FollowUpReassigned(id: "n", to: "Bo"),
                                      FollowUpDropped(id: "missing", reason: "y"), FollowUpDueSet(id: "n", due: "2026-01-01")])
        let n = try #require(folded.notes["n"])
        #expect(n.followThrough == FollowThrough())
        #expect(n.owner == nil && n.due == nil)
        #expect(folded.notes.all.count == 3)
    }

    @Test func everyEventSurvivesTheLog() throws {
        let events: [any EventPayload] = [FollowUpCompleted(id: "a", outcome: "ok\n\"done\"", assessment: 5),
                                          FollowUpReassigned(id: "a", to: "山田 太郎"), FollowUpDropped(id: "f", reason: "moved"),
                                          FollowUpDueSet(id: "f", due: "2026-09-10")]
        for payload in events {
            let line = EventCodec.encode(Event(at: at, by: "Lee", payload))
            let back = try EventCodec.decode(line.dropLast())
            #expect(back.type == type(of: payload).type)
            #expect(EventCodec.encode(back) == line)
        }
    }

    @Test func recordCarriesStatusAndAStableShortID() throws {
        let folded = meeting(added + [FollowUpCompleted(id: "f", outcome: "Came", assessment: 3)])
        let record = MeetingRecord(meeting: folded, now: at)
        let f = try #require(record.notes.followUps.first)
        #expect(f.status == .done)
        #expect(f.followUpID == FollowUpID.make(meeting: "2026-08-30-visioning", note: "f"))
        #expect(f.followUpLine { $0 } == "[\(f.followUpID!)] Lee contacts Amara: Talk about childcare · done (3/5): Came")
        #expect(record.notes.entries.first { $0.id == "n" }?.status == nil)
        let items = FollowUpItem.all(in: record, series: "visioning")
        #expect(items.map(\.note) == ["a", "f"])
        #expect(items[0].isOverdue(today: "2026-09-07"))
        #expect(!items[0].isOverdue(today: "2026-09-06"))
        #expect(!items[1].isOverdue(today: "2030-01-01"))
    }
}
