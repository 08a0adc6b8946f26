import Foundation
import Testing
@testable import ConveneCore

/// `repair()` sets unreadable lines aside with their numbers, keeps every readable line in order, deletes nothing.
@Suite struct EventLogFileRepairTests {
    static let events = sampleEvents(count: 6)

    @Test func unreadableMiddleLinesAndATornTailAreSetAsideWithTheirNumbers() throws {
        try withTemporaryFolder { folder in
            let log = EventLogFile(path: folder + "/m.jsonl")
            let garbage = Array("{\"at\": nonsense".utf8)
            let zeros = [UInt8](repeating: 0, count: 8)
            writeFile(log.path, logBytes(Array(Self.events[0..<2])) + garbage + [0x0A] + logBytes(Array(Self.events[2..<4]))
                + zeros + [0x0A] + logBytes(Array(Self.events[4...])) + Array("{\"at\"".utf8))
            let report = try log.repair()
            #expect(report.setAside.map(\.line) == [3, 6, 9])
            #expect(report.keptEvents == 6)
            #expect(fileBytes(log.path) == logBytes(Self.events))
            let expected = Array("line 3: ".utf8) + garbage + [0x0A] + Array("line 6: ".utf8) + zeros + [0x0A] + Array("line 9: {\"at\"\n".utf8)
            #expect(fileBytes(log.damagedPath) == expected)
            #expect(mode(log.path) == 0o600 && mode(log.damagedPath) == 0o600)
            #expect(try log.read().damaged.isEmpty)
            #expect(try log.repair().setAside.isEmpty)
        }
    }

    @Test func aFileOfZerosIsSetAsideWhole() throws {
        try withTemporaryFolder { folder in
            let log = EventLogFile(path: folder + "/m.jsonl")
            writeFile(log.path, [UInt8](repeating: 0, count: 4096))
            #expect(try log.read().events.isEmpty)
            let report = try log.repair()
            #expect(report.setAside.map(\.line) == [1])
            #expect(fileBytes(log.path).isEmpty)
            #expect(fileBytes(log.damagedPath) == Array("line 1: ".utf8) + [UInt8](repeating: 0, count: 4096) + [0x0A])
        }
    }

    @Test func unknownEventsFromANewerVersionAreKeptByteForByte() throws {
        try withTemporaryFolder { folder in
            let log = EventLogFile(path: folder + "/m.jsonl")
            let future = Array("{\"at\":\"2026-08-30T15:00:09.000Z\",\"by\":\"x\",\"type\":\"hologram.beamed\",\"z\":[1,{\"q\":null}]}\n".utf8)
            let original = logBytes(Array(Self.events.prefix(2))) + future + logBytes(Array(Self.events.suffix(2)))
            writeFile(log.path, original + Array("garbage\n".utf8))
            _ = try log.repair()
            #expect(fileBytes(log.path) == original)
            let meeting = try #require(Meeting.replay(try log.read().events))
            #expect(meeting.unknownEvents.map(\.originalType) == ["hologram.beamed"])
        }
    }

    /// An appender that opened the log before a repair replaced it must append to the new file, not the old one.
    @Test func appendsDuringRepairsAreNeverLost() throws {
        try withTemporaryFolder { folder in
            let log = EventLogFile(path: folder + "/m.jsonl")
            try log.append([Self.events[0]])
            let writers = 4, perWriter = 100
            DispatchQueue.concurrentPerform(iterations: writers + 1) { worker in
                if worker == writers {
                    for _ in 0..<200 {
                        try? log.append(bytes: Array("not an event\n".utf8))
                        _ = try? log.repair()
                    }
                    return
                }
                for n in 0..<perWriter {
                    try? log.append([Event(at: at(Double(n)), by: "w\(worker)-\(n)", TimerPaused())])
                }
            }
            _ = try log.repair()
            let authors = try log.read().events.map(\.by)
            for worker in 0..<writers {
                for n in 0..<perWriter { #expect(authors.filter { $0 == "w\(worker)-\(n)" }.count == 1) }
            }
        }
    }
}
