import Foundation
import Testing
@testable import ConveneCore

/// A screen following a live meeting picks up what others append, whole lines only.
@Suite struct LogFollowerTests {
    /// Appends bytes the way a crashed or slow writer leaves them: no torn-tail handling, no newline added.
    func rawAppend(_ path: String, _ bytes: [UInt8]) throws {
        let handle = try #require(FileHandle(forWritingAtPath: path))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(bytes))
    }

    @Test func readsOnlyWhatWasAppendedSinceTheLastCall() throws {
        try withTemporaryFolder { folder in
            let log = EventLogFile(path: folder + "/m.jsonl")
            let events = sampleEvents(count: 6)
            try log.append(Array(events.prefix(2)))
            let opened = try log.read()
            var follower = LogFollower(path: log.path, offset: opened.endOffset, lineNumber: 3)
            #expect(try follower.readNew().isEmpty)

            try log.append([events[2]])
            try log.append(Array(events[3...4]))
            #expect(lines(try follower.readNew()) == lines(Array(events[2...4])))
            #expect(try follower.readNew().isEmpty)
            #expect(follower.offset == fileBytes(log.path).count)

            try log.append([events[5]])
            #expect(lines(try follower.readNew()) == lines([events[5]]))
        }
    }

    @Test(arguments: [1, 10, 40])
    func waitsForALineStillBeingWritten(split: Int) throws {
        try withTemporaryFolder { folder in
            let log = EventLogFile(path: folder + "/m.jsonl")
            let events = sampleEvents(count: 3)
            try log.append([events[0]])
            var follower = LogFollower(path: log.path, offset: try log.read().endOffset, lineNumber: 2)
            let next = EventCodec.encode(events[1]) + EventCodec.encode(events[2])
            let offsetBefore = follower.offset

            try rawAppend(log.path, Array(next.prefix(split)))
            #expect(try follower.readNew().isEmpty)
            #expect(follower.offset == offsetBefore)

            let firstLineEnd = EventCodec.encode(events[1]).count
            try rawAppend(log.path, Array(next[split..<firstLineEnd + 5]))
            #expect(lines(try follower.readNew()) == lines([events[1]]))

            try rawAppend(log.path, Array(next[(firstLineEnd + 5)...]))
            #expect(lines(try follower.readNew()) == lines([events[2]]))
            #expect(follower.offset == fileBytes(log.path).count)
        }
    }

    @Test func followingFromTheStartReadsEverything() throws {
        try withTemporaryFolder { folder in
            let log = EventLogFile(path: folder + "/m.jsonl")
            let events = sampleEvents(count: 4)
            try log.append(events)
            var follower = LogFollower(path: log.path, offset: 0, lineNumber: 1)
            #expect(lines(try follower.readNew()) == lines(events))
        }
    }

    @Test func missingLogIsAnError() throws {
        try withTemporaryFolder { folder in
            var follower = LogFollower(path: folder + "/gone.jsonl", offset: 0, lineNumber: 1)
            #expect(throws: LogError.self) { try follower.readNew() }
        }
    }
}
