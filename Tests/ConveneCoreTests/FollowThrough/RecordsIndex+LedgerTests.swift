import Foundation
import Testing
@testable import ConveneCore

/// `ledger.txt` answers follow-ups and a person's history across meetings, and follows logs appended after they ended.
@Suite struct RecordsIndexLedgerTests {
    private func make(_ records: RecordsFolder, title: String, day: Int, roster: [Person], events: [any EventPayload]) throws -> String {
        let plan = Agenda(title: title, items: [AgendaItem(title: "Breakouts", seconds: 600), AgendaItem(title: "Next steps", seconds: 600)])
        let opened = MeetingOpened(id: "", agendaFile: "a.md", agenda: plan, roster: Roster(people: roster))
        let start = at(Double(day) * 86400)
        let id = try records.create(opened: opened, day: AgendaDate(year: 2026, month: 8, day: 1 + day), at: start, by: "fac")
        try records.log(id).append(events.enumerated().map { Event(at: start.addingTimeInterval(Double($0.offset + 1)), by: "山田 花子", $0.element) })
        return id
    }

    private let roster = [Person(name: "Ana", tags: ["member"]), Person(name: "山田 花子", tags: ["member", "facilitator"]),
                          Person(name: "Bo\tTab", tags: ["new"])]

    @Test func followUpsAcrossMeetingsWithStatusAfterTheEnd() throws {
        try withTemporaryFolder { root in
            let records = RecordsFolder(root: root)
            let first = try make(records, title: "Visioning 1", day: 0, roster: roster, events: [
                NoteAdded(id: "a", kind: .action, text: "Book the hall", item: 1, owner: "Ana", due: "2026-08-08"),
                NoteAdded(id: "f", kind: .followUp, text: "Childcare\tneeds", item: 1, person: "Bo\tTab", organizer: "山田 花子"),
                NoteAdded(id: "n", text: "just a note", item: 1), MeetingEnded(),
            ])
            let second = try make(records, title: "Visioning 2", day: 7, roster: roster, events: [
                NoteAdded(id: "a", kind: .action, text: "Print flyers", item: 1, owner: "Bo\tTab"),
            ])
            let index = RecordsIndex(records: records)
            let items = index.followUps(now: at(0))
            #expect(items.map(\.text) == ["Book the hall", "Childcare\tneeds", "Print flyers"])
            #expect(items.map(\.meeting) == [first, first, second])
            #expect(items.allSatisfy { $0.series == "visioning" && $0.status == .open })
            #expect(items[1].person == "Bo\tTab" && items[1].holder == "山田 花子")
            #expect(items[0].id == FollowUpID.make(meeting: first, note: "a"))
            #expect(items[0].due == "2026-08-08")

            try records.log(first).append([Event(at: at(86400 * 9), by: "Lee", FollowUpCompleted(id: "f", outcome: "came", assessment: 5))])
            let after = index.followUps(now: at(0))
            #expect(after[1].status == .done && after[1].outcome == "came" && after[1].assessment == 5)
            #expect(after[1].closedAt == at(86400 * 9))
            #expect(after[1] == RecordsIndex(records: records).followUps(now: at(0))[1])

            #expect(index.followUps(now: at(0), openOnly: true).map(\.text) == ["Book the hall", "Print flyers"])
            #expect(index.followUps(now: at(0), holder: "Bo\tTab").map(\.text) == ["Print flyers"])
            #expect(index.followUps(now: at(0), openOnly: true, holder: "山田 花子").isEmpty)
            #expect(index.recordedNames(now: at(0), holdersOnly: true) == ["Ana", "山田 花子", "Bo\tTab"])
        }
    }

    @Test func namesInTheLedgerAreHoldersOrEveryoneNamedAtAll() throws {
        try withTemporaryFolder { root in
            let records = RecordsFolder(root: root)
            _ = try make(records, title: "Visioning", day: 0, roster: [Person(name: "Ana"), Person(name: "Cy")], events: [
                NoteAdded(id: "f", kind: .followUp, text: "Ask about the clinic", item: 1, person: "Zed Outsider", organizer: "Ana"),
            ])
            let index = RecordsIndex(records: records)
            #expect(index.recordedNames(now: at(0), holdersOnly: true) == ["Ana"])
            #expect(index.recordedNames(now: at(0), holdersOnly: false) == ["Ana", "Zed Outsider", "Cy"])
        }
    }

    @Test func aPersonsHistory() throws {
        try withTemporaryFolder { root in
            let records = RecordsFolder(root: root)
            let rotation = Rotation(people: ["Ana", "山田 花子", "Bo\tTab", "Cy"], rounds: [[["Ana", "Bo\tTab"], ["山田 花子", "Cy"]]], lowerBound: 0, seed: 1)
            let first = try make(records, title: "Visioning 1", day: 0, roster: roster, events: [
                PersonArrived(name: "Ana", tags: ["member"], walkIn: false, late: true), PersonArrived(name: "Bo\tTab", tags: ["new"], walkIn: false, late: false),
                RoleAssigned(slot: RoleSlot(.meeting, role: "facilitator"), person: "Ana"),
                GroupsPlanned(item: 0, rotation: rotation),
                NoteAdded(id: "f", kind: .followUp, text: "Talk with Ana about dues", item: 1, person: "Ana", organizer: "山田 花子"),
                NoteAdded(id: "q", kind: .quote, text: "“We deserve care” — Ana", item: 1),
                NoteAdded(id: "x", text: "Anatomy of a campaign", item: 1),
            ])
            _ = try make(records, title: "Other", day: 3, roster: [Person(name: "Cy")], events: [])
            let history = RecordsIndex(records: records).person("Ana", now: at(0))
            #expect(history.visits.map(\.meeting) == [first])
            #expect(history.visits.first?.late == true)
            #expect(history.attended == 1)
            #expect(history.roles.map(\.slot) == ["facilitator"])
            #expect(history.seats.map(\.with) == [["Bo\tTab"]])
            #expect(history.followUpsAbout.map(\.text) == ["Talk with Ana about dues"])
            #expect(history.holding.isEmpty)
            #expect(history.notes.map(\.text) == ["“We deserve care” — Ana"])
            #expect(history.text(today: "2026-12-06").hasPrefix("Ana\nExpected at 1 meeting: attended 1, late 1 · tags: member\n"))
            #expect(RecordsIndex(records: records).person("山田 花子", now: at(0)).holding.map(\.text) == ["Talk with Ana about dues"])
            #expect(RecordsIndex(records: records).person("Nobody", now: at(0)).isEmpty)
        }
    }
}
