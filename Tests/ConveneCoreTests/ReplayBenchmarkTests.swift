import Foundation
import Testing
@testable import ConveneCore

/// A 12-hour meeting of 20,000 events must open in under 100 ms in a release build.
/// Run with `scripts/bench-replay.sh` (sets `CONVENE_BENCH=1` and builds with `-c release`).
@Suite struct ReplayBenchmarkTests {
    static let enabled = ProcessInfo.processInfo.environment["CONVENE_BENCH"] == "1"

    @Test(.enabled(if: enabled, "set CONVENE_BENCH=1 (scripts/bench-replay.sh)"))
    func twentyThousandEventsOpenInUnderATenthOfASecond() throws {
        try withTemporaryFolder { folder in
            let log = EventLogFile(path: folder + "/long.jsonl")
            let bytes = longMeetingLog(count: 20_000)
            writeFile(log.path, bytes)
            let clock = ContinuousClock()
            var best = Duration.seconds(3600)
            var read = Duration.zero, fold = Duration.zero
            for _ in 0..<5 {
                let start = clock.now
                let contents = try log.read()
                let decoded = clock.now
                let meeting = try #require(Meeting.replay(contents.events))
                let end = clock.now
                #expect(contents.events.count == 20_000 && !meeting.notes.notes(group: nil).isEmpty)
                if end - start < best { (best, read, fold) = (end - start, decoded - start, end - decoded) }
            }
            print("replay benchmark: 20000 events, \(bytes.count) bytes; best of 5: read+decode \(read), fold \(fold), total \(best)")
            #expect(best < .milliseconds(100))
        }
    }
}
