import ConveneCore
import Foundation
import Glibc
import Testing

/// The facilitator is killed with SIGKILL at 22 seeded moments, sometimes mid-keypress, and resumed each time:
/// every event the screen acknowledged stays in the log exactly once and in order, and each resumed clock
/// agrees with the log's timestamps within a second.
@Suite struct CrashResumeEndToEndTests {
    static let agenda = "# Crash test\n\n" + (1...50).map { "## Item \($0) (20m)\n" }.joined(separator: "\n")
    static let keys = ["Space", "Space", "+", "-", "n"]

    @Test func killedAtRandomMomentsNoAcknowledgedEventIsLostOrDoubled() throws {
        let folder = TemporaryFolder()
        let records = folder.path + "/rec"
        let agenda = Fixtures.write(Self.agenda, named: "crash.md", in: folder)
        var random = SeededGenerator(seed: 2_026)
        let tmux = try Tmux(command: conveneCommand(["run", agenda], records: records))
        try tmux.wait(for: "READY")
        try tmux.send("Space")
        try tmux.wait(for: " left of ")
        var acknowledged = try logLines(records)
        for round in 1...22 {
            let session = round == 1 ? "main" : "s\(round)"
            for _ in 0...(random.next() % 2) {
                try tmux.send(Self.keys[Int(random.next() % UInt64(Self.keys.count))], to: session)
                let expected = acknowledged.count + 1
                try waitForLog(records, lines: expected)
                acknowledged = try logLines(records)
            }
            if random.next() % 2 == 0 {
                try tmux.send(Self.keys[Int(random.next() % UInt64(Self.keys.count))], to: session)
                usleep(useconds_t(random.next() % 150_000))
            }
            let pid = try tmux.programPID(session)
            try #require(pid > 0)
            kill(pid, SIGKILL)
            try tmux.waitForExit(session)
            let after = try logLines(records)
            #expect(Array(after.prefix(acknowledged.count)) == acknowledged, "round \(round): acknowledged lines changed")
            #expect(after.count <= acknowledged.count + 1, "round \(round): more lines than keys")
            acknowledged = after

            let next = "s\(round + 1)"
            try tmux.open(session: next, command: conveneCommand(["resume"], records: records))
            let screen = try tmux.wait(for: " left of ", in: next)
            try expectFigureMatchesLog(screen: screen, records: records, round: round)
        }
        let contents = try EventLogFile(path: try #require(logPath(records))).read()
        #expect(contents.damaged.isEmpty && contents.tornTail == nil)
        #expect(try logLines(records) == acknowledged)
    }

    private func waitForLog(_ records: String, lines: Int) throws {
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            if try logLines(records).count >= lines { return }
            usleep(10_000)
        }
        Issue.record("the log never reached \(lines) lines")
    }

    private func expectFigureMatchesLog(screen: String, records: String, round: Int) throws {
        let figure = try #require(wordsFigure(screen), "round \(round): no figure on\n\(screen)")
        let contents = try EventLogFile(path: try #require(logPath(records))).read()
        let meeting = try #require(Meeting.replay(contents.events))
        let expected = meeting.remaining(now: Date())
        #expect(abs(figure - expected) <= 1, "round \(round): screen says \(figure)s left, log implies \(expected)s")
    }

    /// Seconds left as the status words say them (`RUNNING · 09:47 left of 10:00`).
    private func wordsFigure(_ screen: String) -> Int? {
        guard let line = screen.split(separator: "\n").first(where: { $0.contains(" left of ") }),
            let range = line.range(of: " · ") else { return nil }
        let parts = line[range.upperBound...].prefix(while: { $0 != " " }).split(separator: ":")
        guard parts.count == 2, let m = Int(parts[0]), let s = Int(parts[1]) else { return nil }
        return m * 60 + s
    }

    private func logPath(_ records: String) -> String? {
        let folder = records + "/meetings"
        return (try? FileManager.default.contentsOfDirectory(atPath: folder))?.first { $0.hasSuffix(".jsonl") }.map { folder + "/" + $0 }
    }

    private func logLines(_ records: String) throws -> [String] {
        guard let path = logPath(records) else { return [] }
        return try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
    }
}
