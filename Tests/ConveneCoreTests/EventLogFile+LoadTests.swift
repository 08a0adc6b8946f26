import Foundation
import Testing
@testable import ConveneCore

/// Sixteen writers, each with its own open of the log (as separate processes would), append for a while:
/// every line arrives once, whole, in each writer's order. `CONVENE_LOAD_SECONDS` sets the time (default 1).
@Suite struct EventLogFileLoadTests {
    static let seconds = ProcessInfo.processInfo.environment["CONVENE_LOAD_SECONDS"].flatMap(Double.init) ?? 1

    @Test func sixteenWritersAppendingAtOnceLoseNothing() throws {
        try withTemporaryFolder { folder in
            let log = EventLogFile(path: folder + "/m.jsonl")
            try log.append(sampleEvents(count: 1))
            let writers = 16
            let counts = Failures()
            let deadline = Date().addingTimeInterval(Self.seconds)
            let clock = ContinuousClock()
            let started = clock.now
            let group = DispatchGroup()
            for writer in 0..<writers {
                group.enter()
                // Threads, not a queue: all sixteen must be writing at the same time on any number of cores.
                Thread {
                    defer { group.leave() }
                    var n = 0
                    while Date() < deadline {
                        let note = NoteAdded(id: "w\(writer)-\(n)", text: "note \(n)", item: 0)
                        do { try log.append([Event(at: at(Double(n)), by: "w\(writer)", note)]) } catch {
                            counts.add("error \(error)")
                            return
                        }
                        n += 1
                    }
                    counts.add("w\(writer)=\(n)")
                }.start()
            }
            group.wait()
            let took = clock.now - started
            let written = Dictionary(uniqueKeysWithValues: counts.all.compactMap { entry -> (String, Int)? in
                let parts = entry.split(separator: "=")
                return parts.count == 2 ? (String(parts[0]), Int(parts[1]) ?? -1) : nil
            })
            #expect(written.count == writers, "\(counts.all.filter { $0.hasPrefix("error") })")
            let contents = try log.read()
            #expect(contents.damaged.isEmpty && contents.tornTail == nil)
            for (writer, count) in written {
                let ids = contents.events.filter { $0.by == writer }.compactMap { ($0.payload as? NoteAdded)?.id }
                #expect(ids == (0..<count).map { "\(writer)-\($0)" })
            }
            let total = written.values.reduce(0, +)
            print("load: \(writers) writers, \(total) appends in \(took), \(Int(Double(total) / Self.seconds)) appends/s")
        }
    }
}
