import Foundation
import Testing
@testable import ConveneCore

/// Index format 2: rows that read back as written, search files that are appended, rewritten and rebuilt, and
/// search results that are what the records themselves say.
extension RecordsIndexTests {
    /// What search must answer, worked out from the records directly: every note whose folded text holds the query.
    func expectedHits(_ records: RecordsFolder, _ query: String) throws -> [String] {
        let needle = SearchFile.flat(NoteSearch.fold(query))
        var hits: [(at: Date, meeting: String, text: String)] = []
        for id in records.meetingIDs() {
            for note in try records.record(id, now: at(0)).notes.entries {
                let folded = [note.text, note.author, note.owner ?? "", note.person ?? "", note.organizer ?? ""].joined(separator: " ")
                if SearchFile.flat(NoteSearch.fold(folded)).firstRange(of: needle) != nil { hits.append((note.at, id, note.text)) }
            }
        }
        return hits.sorted { $0.at != $1.at ? $0.at > $1.at : $0.meeting > $1.meeting }.map(\.text)
    }

    @Test func aSearchFileShorterThanTheIndexSaysIsNotReadPastItsEnd() throws {
        try withTemporaryFolder { root in
            let path = root + "/short.txt"
            try FileBytes.writeAtomically(Array("one line\n".utf8), to: path)
            var touched = false
            let hits = RecordsIndex.withMapped(path, 1 << 20, whole: false) { bytes in
                touched = bytes[bytes.count - 1] == 0
                return []
            }
            #expect(hits.isEmpty)
            #expect(!touched, "the body was handed pages past the end of the file")
        }
    }

    @Test func aDamagedOffsetInTheSearchFileIsSkippedNotTrapped() throws {
        try withTemporaryFolder { root in
            let records = RecordsFolder(root: root)
            _ = try makeMeeting(records, title: "One", day: 0, notes: [NoteAdded(id: "a", text: "cafe " + String(repeating: "x", count: 60), item: 0)])
            let index = RecordsIndex(records: records)
            #expect(index.search("cafe", now: at(0)).count == 1)
            let scan = try FileBytes.read(index.scanPath)
            let line = Array(String(repeating: "9", count: 30).utf8) + [0x09] + Array("cafe".utf8)
            let damaged = line + Array(repeating: 0x20, count: scan.count - line.count - 1) + [0x0A]
            let fd = open(index.scanPath, O_WRONLY)
            try FileBytes.writeAll(fd: fd, damaged, path: index.scanPath)
            close(fd)
            #expect(index.search("cafe", now: at(0)).isEmpty)
        }
    }

    @Test func searchFindsWhatTheRecordsHoldAndNothingAcrossFields() throws {
        try withTemporaryFolder { root in
            let records = RecordsFolder(root: root)
            _ = try makeMeeting(records, title: "One", day: 0, notes: [
                NoteAdded(id: "a", text: "Été au café 多言語", item: 0),
                NoteAdded(id: "b", kind: .action, text: "Book the hall", item: 0, owner: "Łukasz Müller"),
                NoteAdded(id: "c", kind: .followUp, text: "call\tback\nlater", item: 0, person: "Bo", organizer: "Inés"),
            ])
            _ = try makeMeeting(records, title: "Two", day: 1, notes: [NoteAdded(id: "d", kind: .idea, text: "CAFE crème", item: 0, round: 1, group: 2)])
            let index = RecordsIndex(records: records)
            for query in ["café", "CAFE", "ete au", "多言", "łukasz muller", "ines", "call back later", "zoë", "hall zoe", "é"] {
                let found = index.search(query, now: at(0)).map(\.text)
                #expect(found == (try expectedHits(records, query)), "\(query)")
                #expect(!found.isEmpty, "\(query)")
            }
            for query in ["0", "1", "idea cafe", "note", "action book", "welcome", "idea\tcafe"] {
                #expect(index.search(query, now: at(0)).isEmpty, "\(query)")
            }
        }
    }

    @Test func rowsReadBackAsTheyWereWritten() throws {
        try withTemporaryFolder { root in
            let records = RecordsFolder(root: root)
            _ = try makeMeeting(records, title: "Say \"hi\" \\ back\n\u{1}", day: 0, notes: [NoteAdded(id: "a", text: "x", item: 0)])
            _ = try makeMeeting(records, title: "Ünïcode 会議", day: 1, notes: [])
            let index = RecordsIndex(records: records)
            let built = index.digests(now: at(0))
            let text = try FileBytes.read(index.indexPath)
            #expect(text.starts(with: Array("{\"format\":3,\"meetings\":[\n".utf8)))
            #expect((try? JSONSerialization.jsonObject(with: Data(text))) != nil)
            #expect(index.digests(now: at(0)) == built)
            #expect(built.map(\.title).contains("Say \"hi\" \\ back\n\u{1}"))
        }
    }

    @Test func anIndexOfAnotherFormatIsRebuiltNotMisread() throws {
        try withTemporaryFolder { root in
            let records = RecordsFolder(root: root)
            let id = try makeMeeting(records, title: "M", day: 0, notes: [NoteAdded(id: "a", text: "kept", item: 0)])
            let index = RecordsIndex(records: records)
            let (size, modified) = RecordsIndex.stamp(records.logPath(id))
            _ = try? index.prepare()
            mkdir(index.folder + "/search", 0o700)
            writeFile(index.folder + "/search/" + id + ".txt", Array("note\t1\t\t\tZoë\t0\told\told\n".utf8))
            writeFile(index.indexPath, Array("{\"format\":1,\"entries\":[{\"id\":\"\(id)\",\"size\":\(size),\"modified\":\(modified)}]}".utf8))
            #expect(index.digests(now: at(0)).map(\.summary.notes) == [1])
            #expect(index.search("kept", now: at(0)).count == 1)
            #expect(index.search("old", now: at(0)).isEmpty)
            #expect(!FileManager.default.fileExists(atPath: index.folder + "/search"))
        }
    }

    @Test func damagedOrMissingSearchFilesAreRebuilt() throws {
        try withTemporaryFolder { root in
            let records = RecordsFolder(root: root)
            _ = try makeMeeting(records, title: "M", day: 0, notes: [NoteAdded(id: "a", text: "found", item: 0)])
            let index = RecordsIndex(records: records)
            #expect(index.search("found", now: at(0)).count == 1)
            writeFile(index.scanPath, [])
            #expect(index.search("found", now: at(0)).count == 1)
            unlink(index.notesPath)
            #expect(index.search("found", now: at(0)).map(\.text) == ["found"])
        }
    }

    @Test func aGrownLogIsAppendedAndSupersededNotesAreDroppedInTime() throws {
        try withTemporaryFolder { root in
            let records = RecordsFolder(root: root)
            let id = try makeMeeting(records, title: "M", day: 0, notes: [NoteAdded(id: "a", text: String(repeating: "long words ", count: 40_000), item: 0)])
            let index = RecordsIndex(records: records)
            _ = index.digests(now: at(0))
            let one = RecordsIndex.stamp(index.scanPath).size
            var sizes = [one]
            for n in 0..<8 {
                try records.log(id).append([Event(at: at(100 + Double(n)), by: "fac", NoteAdded(id: "n\(n)", text: "more \(n)", item: 0))])
                #expect(index.search("more \(n)", now: at(0)).count == 1)
                sizes.append(RecordsIndex.stamp(index.scanPath).size)
            }
            #expect(sizes[1] > sizes[0] + one / 2)
            #expect(zip(sizes, sizes.dropFirst()).contains { $1 < $0 })
            #expect(sizes.allSatisfy { $0 < 4 * one })
            #expect(index.search("long words", now: at(0)).count == 1)
        }
    }

    @Test func aLiveMeetingIsReadAfreshWithoutRewritingItsNotes() throws {
        try withTemporaryFolder { root in
            let records = RecordsFolder(root: root)
            let plan = Agenda(title: "Live", items: [AgendaItem(title: "Welcome", seconds: 600)])
            let opened = MeetingOpened(id: "", agendaFile: "a.md", agenda: plan, roster: Roster(people: [Person(name: "Ana")]))
            let id = try records.create(opened: opened, day: AgendaDate(year: 2026, month: 8, day: 30), at: at(0), by: "fac")
            try records.log(id).append([Event(at: at(1), by: "fac", ItemStarted(item: 0)), Event(at: at(2), by: "Ana", NoteAdded(id: "a", text: "live note", item: 0))])
            let index = RecordsIndex(records: records)
            let early = index.digests(now: at(10)).first?.actualSeconds
            let size = RecordsIndex.stamp(index.scanPath).size
            #expect(index.digests(now: at(70)).first?.actualSeconds != early)
            #expect(index.search("live", now: at(70)).count == 1)
            #expect(RecordsIndex.stamp(index.scanPath).size == size)
        }
    }

    @Test func noMeetingsWriteNothing() throws {
        try withTemporaryFolder { root in
            let index = RecordsIndex(records: RecordsFolder(root: root + "/none"))
            #expect(index.digests(now: at(0)).isEmpty)
            #expect(index.search("x", now: at(0)).isEmpty)
            #expect(!FileManager.default.fileExists(atPath: root + "/none"))
        }
    }

    @Test func aRebuildDeletesWhatAnInterruptedOneLeft() throws {
        try withTemporaryFolder { root in
            let records = RecordsFolder(root: root)
            _ = try makeMeeting(records, title: "M", day: 0, notes: [NoteAdded(id: "a", text: "x", item: 0)])
            let index = RecordsIndex(records: records)
            _ = index.digests(now: at(0))
            writeFile(index.scanPath + ".tmp-999999", Array("half written".utf8))
            unlink(index.indexPath)
            #expect(index.digests(now: at(0)).count == 1)
            #expect(!FileManager.default.fileExists(atPath: index.scanPath + ".tmp-999999"))
        }
    }

    @Test func runsAtOnceWhileALogGrowsAllSeeWholeNotes() throws {
        try withTemporaryFolder { root in
            let records = RecordsFolder(root: root)
            let id = try makeMeeting(records, title: "M", day: 0, notes: [NoteAdded(id: "a", text: "first word", item: 0)])
            for day in 1...3 { _ = try makeMeeting(records, title: "Other \(day)", day: 1, notes: [NoteAdded(id: "b", text: "word \(day)", item: 0)]) }
            let index = RecordsIndex(records: records)
            DispatchQueue.concurrentPerform(iterations: 3) { n in
                for round in 0..<2 {
                    if n == 0 {
                        try? records.log(id).append([Event(at: at(200 + Double(round)), by: "fac", NoteAdded(id: "w\(round)", text: "word again \(round)", item: 0))])
                    }
                    #expect(index.search("word", now: at(0)).allSatisfy { $0.text.hasPrefix("word") || $0.text == "first word" })
                }
            }
            #expect(index.search("word", now: at(0)).count == 6)
        }
    }
}
