import Foundation
import Testing
@testable import ConveneCore

/// Several writers at once, each opening the log for itself, as the facilitator, note-takers and
/// `convene note` do: `flock` is held per open file description, so threads exercise it like processes.
@Suite struct EventLogFileConcurrencyTests {
    @Test func concurrentAppendersNeverInterleave() throws {
        try withTemporaryFolder { folder in
            let log = EventLogFile(path: folder + "/m.jsonl")
            try log.append(sampleEvents(count: 1))
            let writers = 6, rounds = 150
            let failures = Failures()
            let group = DispatchGroup()
            for writer in 0..<writers {
                group.enter()
                let thread = Thread {
                    defer { group.leave() }
                    for round in 0..<rounds {
                        // A long `by` makes each write big enough that an unlocked interleaving would show.
                        let by = "writer-\(writer)-" + String(repeating: "✎", count: 200 + round % 7)
                        var batch = [Event(at: at(Double(round)), by: by, ItemStarted(item: round))]
                        if round % 10 == 0 { batch.append(Event(at: at(Double(round)), by: by, TimerPaused())) }
                        do { try log.append(batch) } catch { failures.add("\(error)") }
                    }
                }
                thread.start()
            }
            group.wait()
            let failed = failures.all
            #expect(failed.count == 0, Comment(rawValue: failed.first ?? ""))

            let contents = try log.read()
            #expect(contents.damaged.isEmpty && contents.tornTail == nil)
            let expectedPerWriter = rounds + rounds / 10
            #expect(contents.events.count == 1 + writers * expectedPerWriter)
            for writer in 0..<writers {
                let mine = contents.events.filter { $0.by.hasPrefix("writer-\(writer)-") }
                #expect(mine.count == expectedPerWriter)
                let started = mine.compactMap { ($0.payload as? ItemStarted)?.item }
                #expect(started == Array(0..<rounds), "each writer's lines keep their order")
            }
            // A batch is one write: its pause lands right after its start.
            for (index, event) in contents.events.enumerated() where event.payload is TimerPaused {
                #expect(contents.events[index - 1].by == event.by)
                #expect((contents.events[index - 1].payload as? ItemStarted)?.item.isMultiple(of: 10) == true)
            }
        }
    }
}

/// Errors collected from several threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []

    func add(_ message: String) { lock.withLock { messages.append(message) } }
    var all: [String] { lock.withLock { messages } }
}
