import Foundation
import Testing
@testable import ConveneCore

/// The records folder: creating meetings and finding them again by id, prefix or `latest`.
@Suite struct RecordsFolderTests {
    static let opened = MeetingOpened(id: "", agendaFile: "agendas/visioning.md", agenda: agenda(minutes: [10]), roster: .empty)

    /// A folder holding the given meetings, with modification times in the given order (oldest first).
    func folder(_ root: String, ids: [String]) throws -> RecordsFolder {
        let records = RecordsFolder(root: root)
        try records.prepare()
        for (index, id) in ids.enumerated() {
            try records.log(id).append(sampleEvents(count: 1))
            var times = [timeval(tv_sec: 1_788_000_000 + index * 60, tv_usec: 0), timeval(tv_sec: 1_788_000_000 + index * 60, tv_usec: 0)]
            #expect(utimes(records.logPath(id), &times) == 0)
        }
        return records
    }

    @Test func createChoosesAFreeIdAndWritesTheOpeningEvent() throws {
        try withTemporaryFolder { root in
            let records = RecordsFolder(root: root + "/records")
            var opened = Self.opened
            opened.agenda.title = "Envisioning a Just Healthcare System"
            let day = AgendaDate(year: 2026, month: 8, day: 30)
            let first = try records.create(opened: opened, day: day, at: meetingStart, by: "fac")
            let second = try records.create(opened: opened, day: day, at: meetingStart, by: "fac")
            #expect(first == "2026-08-30-envisioning-a-just-healthcare-system")
            #expect(second == first + "-2")
            #expect(records.meetingIDs() == [first, second])
            let contents = try records.log(second).read()
            #expect(contents.events.count == 1)
            #expect((contents.events.first?.payload as? MeetingOpened)?.id == second)
            #expect(Meeting.replay(contents.events)?.id == second)
        }
    }

    @Test func unusableFolderIsAClearError() throws {
        try withTemporaryFolder { root in
            writeFile(root + "/file", [])
            #expect(throws: LogError("cannot create the records folder \(root)/file/records: Not a directory")) {
                try RecordsFolder(root: root + "/file/records").prepare()
            }
        }
    }

    @Test func meetingIDsIgnoreFilesThatAreNotLogs() throws {
        try withTemporaryFolder { root in
            let records = try folder(root, ids: ["2026-08-30-a"])
            for name in ["2026-08-30-a.jsonl.torn", "index.json", "Bad_Name.jsonl", ".jsonl", "notes.txt", "2026-08-30-b.jsonl.tmp-12"] {
                writeFile(records.meetingsPath + "/" + name, [])
            }
            #expect(records.meetingIDs() == ["2026-08-30-a"])
            #expect(RecordsFolder(root: root + "/none").meetingIDs() == [])
        }
    }

    @Test func findByIdPrefixAndLatest() throws {
        try withTemporaryFolder { root in
            let records = try folder(root, ids: ["2026-09-12-training", "2026-08-30-visioning-2", "2026-08-30-visioning", "2026-10-05-phone-zap"])
            #expect(try records.find("2026-08-30-visioning") == "2026-08-30-visioning")
            #expect(try records.find("2026-08-30-visioning-") == "2026-08-30-visioning-2")
            #expect(try records.find("2026-09") == "2026-09-12-training")
            #expect(try records.find("2026-10-05-phone-zap") == "2026-10-05-phone-zap")
            #expect(try records.find("latest") == "2026-10-05-phone-zap")
        }
    }

    @Test func latestIsTheMostRecentlyWrittenNotTheLastByName() throws {
        try withTemporaryFolder { root in
            let records = try folder(root, ids: ["2026-10-05-phone-zap", "2026-08-30-visioning"])
            #expect(try records.find("latest") == "2026-08-30-visioning")
        }
    }

    @Test func latestIsTheMeetingOpenedLastEvenAfterAnOlderOneIsWrittenTo() throws {
        try withTemporaryFolder { root in
            let records = RecordsFolder(root: root)
            let day = AgendaDate(year: 2026, month: 8, day: 30)
            let older = try records.create(opened: Self.opened, day: day, at: meetingStart, by: "fac")
            let newer = try records.create(opened: Self.opened, day: day, at: meetingStart.addingTimeInterval(3600), by: "fac")
            try records.log(older).append([Event(at: meetingStart.addingTimeInterval(86400), by: "Ana", FollowUpDropped(id: "n1", reason: "moved"))])
            #expect(try records.find("latest") == newer)
        }
    }

    @Test func ambiguousPrefix() throws {
        try withTemporaryFolder { root in
            let records = try folder(root, ids: ["2026-08-30-a", "2026-08-30-b", "2026-08-30-c", "2026-08-30-d"])
            #expect(throws: LogError("'2026-08-30' matches 4 meetings (2026-08-30-a, 2026-08-30-b, 2026-08-30-c…); give more of the id")) {
                try records.find("2026-08-30")
            }
        }
    }

    @Test func notFound() throws {
        try withTemporaryFolder { root in
            let records = try folder(root, ids: ["2026-08-30-a"])
            #expect(throws: LogError("no meeting '2027' in \(root); see 'convene meetings'")) { try records.find("2027") }
            let empty = RecordsFolder(root: root + "/empty")
            #expect(throws: LogError("no meetings yet in \(root)/empty; start one with 'convene run AGENDA'")) { try empty.find("latest") }
        }
    }

    @Test(arguments: ["../x", "..", "/etc/passwd", "a/../../b", "", " ", "2026-08-30-a/../../x", "Latest", "2026-08-30-A", "x\0y"])
    func hostileReferenceIsAClearError(reference: String) throws {
        try withTemporaryFolder { root in
            let records = try folder(root, ids: ["2026-08-30-a"])
            let error = try #require(throws: LogError.self) { try records.find(reference) }
            #expect(error.message == "'\(Sanitized.inline(reference))' is not a meeting id (ids look like 2026-08-30-visioning); see 'convene meetings'")
        }
    }

    @Test func hugeReferenceGivesAShortMessage() throws {
        try withTemporaryFolder { root in
            let records = try folder(root, ids: ["2026-08-30-a"])
            let error = try #require(throws: LogError.self) { try records.find(String(repeating: "x", count: 10_000)) }
            #expect(error.message.hasSuffix("…' is not a meeting id (ids look like 2026-08-30-visioning); see 'convene meetings'"))
            #expect(error.message.count < 200)
        }
    }

    @Test func escapesInAReferenceAreShownNotObeyed() throws {
        try withTemporaryFolder { root in
            let records = try folder(root, ids: ["2026-08-30-a"])
            let error = try #require(throws: LogError.self) { try records.find("\u{1B}]0;pwned\u{7}") }
            #expect(!error.message.unicodeScalars.contains { $0.value < 0x20 })
            #expect(error.message.hasPrefix("'\\e]0;pwned\\x07'"))
        }
    }
}
