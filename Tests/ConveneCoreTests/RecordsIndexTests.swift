import Foundation
import Testing
@testable import ConveneCore

/// The index: built from the logs, refreshed when a log changes, rebuilt when damaged, and searched by folded text.
@Suite struct RecordsIndexTests {
    func makeMeeting(_ records: RecordsFolder, title: String, day: Int, notes: [NoteAdded], roster: [String] = ["Ana"]) throws -> String {
        let plan = Agenda(title: title, items: [AgendaItem(title: "Welcome", seconds: 600)])
        let opened = MeetingOpened(id: "", agendaFile: "a.md", agenda: plan, roster: Roster(people: roster.map { Person(name: $0) }))
        let start = at(Double(day) * 86400)
        let id = try records.create(opened: opened, day: AgendaDate(year: 2026, month: 8, day: 30 + day), at: start, by: "fac")
        try records.log(id).append(notes.enumerated().map { Event(at: start.addingTimeInterval(Double($0.offset + 1)), by: "Zoë", $0.element) }
            + [Event(at: start.addingTimeInterval(60), by: "fac", MeetingEnded())])
        return id
    }

    @Test func digestsAreNewestFirstAndWrittenToIndexJSON() throws {
        try withTemporaryFolder { root in
            let records = RecordsFolder(root: root)
            let old = try makeMeeting(records, title: "Old", day: 0, notes: [NoteAdded(id: "a", text: "x", item: 0)])
            let new = try makeMeeting(records, title: "New", day: 1, notes: [])
            let index = RecordsIndex(records: records)
            #expect(index.digests(now: at(0)).map(\.summary.id) == [new, old])
            #expect(mode(root + "/index/index.json") == 0o600)
            #expect(index.digests(now: at(0)).map(\.summary.notes) == [0, 1])
            #expect(index.digestsAndPeople(now: at(0)).digests.map(\.summary.id) == [new, old])
        }
    }

    @Test func aChangedLogIsReadAgain() throws {
        try withTemporaryFolder { root in
            let records = RecordsFolder(root: root)
            let id = try makeMeeting(records, title: "M", day: 0, notes: [])
            let index = RecordsIndex(records: records)
            #expect(index.digests(now: at(0)).first?.summary.notes == 0)
            try records.log(id).append([Event(at: at(90), by: "fac", NoteAdded(id: "late", text: "Späte Notiz", item: 0))])
            #expect(index.digests(now: at(0)).first?.summary.notes == 1)
            #expect(index.search("SPATE", now: at(0)).map(\.text) == ["Späte Notiz"])
        }
    }

    @Test func aDamagedIndexIsRebuilt() throws {
        try withTemporaryFolder { root in
            let records = RecordsFolder(root: root)
            _ = try makeMeeting(records, title: "M", day: 0, notes: [], roster: ["Ana", "Bo"])
            let index = RecordsIndex(records: records)
            _ = index.digests(now: at(0))
            writeFile(root + "/index/index.json", Array("{garbage".utf8))
            writeFile(root + "/index/people.json", Array("[".utf8))
            #expect(index.digests(now: at(0)).map(\.summary.attendance) == [2])
            #expect(index.digestsAndPeople(now: at(0)).people.values.first == ["Ana", "Bo"])
        }
    }

    @Test func searchFoldsCaseAndAccentsShowsEditedTextAndWhere() throws {
        try withTemporaryFolder { root in
            let records = RecordsFolder(root: root)
            let first = try makeMeeting(records, title: "One", day: 0, notes: [NoteAdded(id: "a", text: "Café CRÈME", item: 0)])
            let second = try makeMeeting(records, title: "Two", day: 1, notes: [
                NoteAdded(id: "b", kind: .idea, text: "cafe later", item: 0, round: 1, group: 2),
                NoteAdded(id: "c", text: "unrelated\tcafe", item: 5),
            ])
            try records.log(first).append([Event(at: at(100), by: "fac", NoteEdited(id: "a", text: "Café au lait"))])
            let hits = RecordsIndex(records: records).search("CAFÉ", now: at(0))
            #expect(hits.map(\.text) == ["unrelated\tcafe", "cafe later", "Café au lait"])
            #expect(hits[1].meeting == second && hits[1].place == "round 1 group 2" && hits[1].kind == "idea" && hits[1].itemTitle == "Welcome")
            #expect(hits[0].itemTitle == "item 6")
            #expect(RecordsIndex(records: records).search("zoe", now: at(0)).count == 3)
            #expect(RecordsIndex(records: records).search("crème", now: at(0)).isEmpty)
            #expect(RecordsIndex(records: records).search("idea", now: at(0)).isEmpty)
        }
    }

    @Test func anIndexThatCannotBeWrittenIsKeptInMemorySoSearchAndPeopleStillWork() throws {
        try withTemporaryFolder { root in
            let records = RecordsFolder(root: root)
            _ = try makeMeeting(records, title: "M", day: 0, notes: [NoteAdded(id: "a", text: "Rent strike", item: 0)], roster: ["Ana", "Bo"])
            writeFile(root + "/index", Array("a file where the index folder would go".utf8))
            let index = RecordsIndex(records: records)
            #expect(index.search("strike", now: at(0)).map(\.text) == ["Rent strike"])
            #expect(index.digestsAndPeople(now: at(0)).people.values.first == ["Ana", "Bo"])
        }
    }

    @Test func aMissingPeopleFileIsReadAgainFromTheLogs() throws {
        try withTemporaryFolder { root in
            let records = RecordsFolder(root: root)
            _ = try makeMeeting(records, title: "M", day: 0, notes: [], roster: ["Ana", "Bo"])
            let index = RecordsIndex(records: records)
            _ = index.digests(now: at(0))
            unlink(root + "/index/people.json")
            #expect(index.digestsAndPeople(now: at(0)).people.values.first == ["Ana", "Bo"])
            #expect(index.storedPeople()?.values.first == ["Ana", "Bo"])
        }
    }

    @Test func aRemovedMeetingLeavesTheIndex() throws {
        try withTemporaryFolder { root in
            let records = RecordsFolder(root: root)
            let id = try makeMeeting(records, title: "M", day: 0, notes: [NoteAdded(id: "a", text: "gone", item: 0)])
            let index = RecordsIndex(records: records)
            #expect(index.search("gone", now: at(0)).count == 1)
            unlink(records.logPath(id))
            #expect(index.digests(now: at(0)).isEmpty)
            #expect(index.search("gone", now: at(0)).isEmpty)
        }
    }
}
