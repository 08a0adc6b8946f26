import Foundation
import Testing
@testable import ConveneCore

/// A crash can cut the last write anywhere: at every byte of the last line, the lines before survive
/// and the cut-short bytes are set aside, never deleted and never glued to the next line.
@Suite struct EventLogFileTornTailTests {
    static let events = sampleEvents(count: 5)
    static let whole = logBytes(Array(events.prefix(4)))
    static let lastLine = EventCodec.encode(events[4])

    /// Every length the last line can be cut to: at least one byte, at most everything but its newline.
    static let cuts = Array(1..<lastLine.count)

    @Test(arguments: cuts)
    func readReportsTheTornTail(cut: Int) throws {
        try withTemporaryFolder { folder in
            let log = EventLogFile(path: folder + "/m.jsonl")
            writeFile(log.path, Self.whole + Self.lastLine.prefix(cut))
            let contents = try log.read()
            #expect(lines(contents.events) == lines(Array(Self.events.prefix(4))))
            #expect(contents.tornTail?.line == 5)
            #expect(contents.damaged.isEmpty)
            #expect(contents.endOffset == Self.whole.count)
        }
    }

    @Test(arguments: cuts)
    func recoveryMovesExactlyTheTornBytesAside(cut: Int) throws {
        try withTemporaryFolder { folder in
            let log = EventLogFile(path: folder + "/m.jsonl")
            let torn = Array(Self.lastLine.prefix(cut))
            writeFile(log.path, Self.whole + torn)
            let setAside = try log.recoverTornTail()
            #expect(setAside?.line == 5)
            #expect(fileBytes(log.path) == Self.whole)
            #expect(fileBytes(log.tornPath) == torn + [0x0A])
            let after = try log.read()
            #expect(after.tornTail == nil && after.events.count == 4)
            #expect(try log.recoverTornTail() == nil)
            #expect(fileBytes(log.tornPath) == torn + [0x0A])
        }
    }

    @Test(arguments: cuts)
    func appendingAfterATornTailNeverGluesLines(cut: Int) throws {
        try withTemporaryFolder { folder in
            let log = EventLogFile(path: folder + "/m.jsonl")
            let torn = Array(Self.lastLine.prefix(cut))
            writeFile(log.path, Self.whole + torn)
            let next = Event(at: at(99), by: "note-taker", ItemSkipped(item: 2))
            try log.append([next])
            #expect(fileBytes(log.path) == Self.whole + EventCodec.encode(next))
            #expect(fileBytes(log.tornPath) == torn + [0x0A])
            let contents = try log.read()
            #expect(lines(contents.events) == lines(Array(Self.events.prefix(4)) + [next]))
            #expect(contents.tornTail == nil && contents.damaged.isEmpty)
        }
    }

    @Test func cutAtALineBoundaryIsNotTorn() throws {
        try withTemporaryFolder { folder in
            let log = EventLogFile(path: folder + "/m.jsonl")
            writeFile(log.path, Self.whole)
            let contents = try log.read()
            #expect(contents.tornTail == nil && contents.events.count == 4)
            #expect(try log.recoverTornTail() == nil)
            #expect(!FileManager.default.fileExists(atPath: log.tornPath))
        }
    }

    @Test func tornFileCollectsEveryTailSetAside() throws {
        try withTemporaryFolder { folder in
            let log = EventLogFile(path: folder + "/m.jsonl")
            writeFile(log.path, Self.whole + Array("first cut".utf8))
            try log.recoverTornTail()
            try log.append(bytes: Array("second cut".utf8))
            try log.append([Self.events[4]])
            #expect(fileBytes(log.tornPath) == Array("first cut\nsecond cut\n".utf8))
            #expect(lines(try log.read().events) == lines(Self.events))
        }
    }

    @Test func onlyTornLineInTheFile() throws {
        try withTemporaryFolder { folder in
            let log = EventLogFile(path: folder + "/m.jsonl")
            writeFile(log.path, Array(Self.lastLine.prefix(20)))
            #expect(try log.read().tornTail?.line == 1)
            try log.recoverTornTail()
            #expect(fileBytes(log.path) == [])
            #expect(fileBytes(log.tornPath) == Array(Self.lastLine.prefix(20)) + [0x0A])
        }
    }

    @Test func unreadableCompleteLastLineIsSetAsideByRecovery() throws {
        try withTemporaryFolder { folder in
            let log = EventLogFile(path: folder + "/m.jsonl")
            writeFile(log.path, Self.whole + Array("{\"at\": oops}\n".utf8))
            #expect(try log.read().tornTail?.line == 5)
            try log.recoverTornTail()
            #expect(fileBytes(log.path) == Self.whole)
            #expect(fileBytes(log.tornPath) == Array("{\"at\": oops}\n".utf8))
        }
    }
}
