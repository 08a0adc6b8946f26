import Foundation
import Testing
@testable import ConveneCore

/// One meeting's log on disk: appends, reads, and what survives a damaged file.
@Suite struct EventLogFileTests {
    @Test func appendThenReadBack() throws {
        try withTemporaryFolder { folder in
            let log = EventLogFile(path: folder + "/m.jsonl")
            let events = sampleEvents(count: 6)
            try log.append(Array(events.prefix(3)))
            for event in events.dropFirst(3) { try log.append([event]) }
            let contents = try log.read()
            #expect(lines(contents.events) == lines(events))
            #expect(contents.damaged.isEmpty && contents.tornTail == nil)
            #expect(fileBytes(log.path) == logBytes(events))
            #expect(contents.endOffset == fileBytes(log.path).count)
            #expect(Meeting.replay(contents.events)?.timeline.current == 1)
        }
    }

    @Test func appendingNothingLeavesTheFileAsItWas() throws {
        try withTemporaryFolder { folder in
            let log = EventLogFile(path: folder + "/m.jsonl")
            try log.append(sampleEvents(count: 2))
            let before = fileBytes(log.path)
            try log.append([])
            #expect(fileBytes(log.path) == before)
        }
    }

    @Test func missingFileIsAClearError() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/nope.jsonl"
            #expect(throws: LogError("cannot open \(path): No such file or directory")) { try EventLogFile(path: path).read() }
            #expect(throws: LogError("cannot open \(path): No such file or directory")) { try EventLogFile(path: path).recoverTornTail() }
            #expect(throws: LogError("cannot open \(folder)/no/such/dir.jsonl: No such file or directory")) {
                try EventLogFile(path: folder + "/no/such/dir.jsonl").append(sampleEvents(count: 1))
            }
        }
    }

    @Test func garbageInTheMiddleIsDamagedWithItsLineNumberAndNothingMoves() throws {
        try withTemporaryFolder { folder in
            let log = EventLogFile(path: folder + "/m.jsonl")
            let events = sampleEvents(count: 4)
            try log.append(Array(events.prefix(2)))
            try log.append(bytes: Array("\u{1}\u{2} not json\n".utf8))
            try log.append(Array(events.dropFirst(2)))
            let before = fileBytes(log.path)
            let contents = try log.read()
            #expect(contents.damaged == [LogContents.BadLine(line: 3, reason: "not valid JSON")])
            #expect(lines(contents.events) == lines(events))
            #expect(try log.recoverTornTail() == nil)
            #expect(fileBytes(log.path) == before)
            #expect(!FileManager.default.fileExists(atPath: log.tornPath))
        }
    }

    @Test func unknownEventsSurviveAReadAndRewriteByteForByte() throws {
        try withTemporaryFolder { folder in
            let original = EventLogFile(path: folder + "/new.jsonl")
            let future = #"{"type":"note.taken","by":"ana@host","at":"2026-08-30T14:10:00.000Z","text":"Let's meet again ✊","kind":"idea","group":2}"#
            try original.append(Array(sampleEvents(count: 2)))
            try original.append(bytes: Array(future.utf8) + [0x0A])
            try original.append(Array(sampleEvents(count: 4).suffix(2)))
            let contents = try original.read()
            #expect(contents.events.map(\.type).contains("note.taken"))
            let meeting = try #require(Meeting.replay(contents.events))
            #expect(meeting.unknownEvents.map(\.line) == [future])

            let copy = EventLogFile(path: folder + "/copy.jsonl")
            try copy.append(contents.events)
            #expect(fileBytes(copy.path) == fileBytes(original.path))
        }
    }
}
