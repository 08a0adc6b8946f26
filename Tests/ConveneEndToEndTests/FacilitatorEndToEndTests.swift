import ConveneCore
import Foundation
import Testing

/// Drives the real `convene run` and `convene resume` in tmux, as a facilitator would.
@Suite struct FacilitatorEndToEndTests {
    @Test func countdownGoesFromRunningToWarningToOvertimeWithWords() throws {
        let folder = TemporaryFolder()
        let agenda = Fixtures.write(Fixtures.shortMeeting, named: "short.md", in: folder)
        let tmux = try Tmux(command: conveneCommand(["run", agenda], records: folder.path + "/rec"))
        try tmux.wait(for: "READY")
        try tmux.send("Space")
        try tmux.wait(for: "RUNNING")
        try tmux.wait(for: "WARNING", timeout: 6)
        let over = try tmux.wait(for: "OVER TIME", timeout: 6)
        #expect(over.contains("‼ OVER TIME by 00:0"))
        #expect(!over.contains("-00:"))
    }

    @Test func quitThenResumeShowsTheSameItemWithTheTrueElapsedTime() throws {
        let folder = TemporaryFolder()
        let records = folder.path + "/rec"
        let agenda = Fixtures.write(Fixtures.shortMeeting, named: "short.md", in: folder)
        let tmux = try Tmux(command: conveneCommand(["run", agenda], records: records))
        try tmux.wait(for: "READY")
        try tmux.send("Space")
        try tmux.wait(for: "RUNNING")
        try tmux.send("n")
        try tmux.wait(for: "NOW 2/3")
        try tmux.send("q")
        try tmux.waitForExit()
        #expect(tmux.exitStatus() == 0)

        try tmux.open(session: "again", command: conveneCommand(["resume"], records: records))
        let screen = try tmux.wait(for: "NOW 2/3", in: "again")
        #expect(screen.contains("Framing"))
        #expect(screen.contains("RUNNING"))
        try expectFigureMatchesLog(screen: screen, records: records)
    }

    @Test func killedFacilitatorResumesWithTheClockStillRunning() throws {
        let folder = TemporaryFolder()
        let records = folder.path + "/rec"
        let agenda = Fixtures.write(Fixtures.shortMeeting, named: "short.md", in: folder)
        let tmux = try Tmux(command: conveneCommand(["run", agenda], records: records))
        try tmux.wait(for: "READY")
        try tmux.send("n")
        try tmux.wait(for: "NOW 2/3")
        kill(try tmux.programPID(), SIGKILL)
        try tmux.waitForExit()
        usleep(1_200_000)
        try tmux.open(session: "again", command: conveneCommand(["resume"], records: records))
        let screen = try tmux.wait(for: "NOW 2/3", in: "again")
        #expect(screen.contains("RUNNING"))
        try expectFigureMatchesLog(screen: screen, records: records)
        for line in try logLines(records) {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) is [String: Any])
        }
    }

    @Test func pausedItemStaysPausedAcrossResume() throws {
        let folder = TemporaryFolder()
        let records = folder.path + "/rec"
        let agenda = Fixtures.write(Fixtures.shortMeeting, named: "short.md", in: folder)
        let tmux = try Tmux(command: conveneCommand(["run", agenda], records: records))
        try tmux.wait(for: "READY")
        try tmux.send("n")
        try tmux.wait(for: "RUNNING")
        try tmux.send("Space")
        let paused = try tmux.wait(for: "PAUSED")
        try tmux.send("q")
        try tmux.waitForExit()
        usleep(1_100_000)
        try tmux.open(session: "again", command: conveneCommand(["resume"], records: records))
        let screen = try tmux.wait(for: "PAUSED", in: "again")
        #expect(figureLine(paused) == figureLine(screen))
    }

    @Test func resizingRedrawsAndATinyTerminalAsksToBeEnlarged() throws {
        let folder = TemporaryFolder()
        let agenda = Fixtures.write(Fixtures.shortMeeting, named: "short.md", in: folder)
        let tmux = try Tmux(width: 120, height: 40, command: conveneCommand(["run", agenda], records: folder.path + "/rec"))
        try tmux.wait(for: "READY")
        try tmux.resize(width: 50, height: 12)
        try tmux.wait(for: "Enlarge the terminal")
        try tmux.resize(width: 60, height: 18)
        let small = try tmux.wait(for: "READY")
        #expect(small.split(separator: "\n").allSatisfy { $0.count <= 60 })
        try tmux.resize(width: 200, height: 50)
        try tmux.wait(for: "Short test meeting")
        try tmux.send("q")
        try tmux.waitForExit()
    }

    @Test func withoutATerminalItExitsTwoAndSaysWhatToDo() throws {
        let folder = TemporaryFolder()
        let agenda = Fixtures.write(Fixtures.shortMeeting, named: "short.md", in: folder)
        let result = try convene(["run", agenda], environment: ["CONVENE_HOME": folder.path + "/rec"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("needs an interactive terminal"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/rec/meetings"))
    }

    @Test func dumbTerminalExitsTwo() throws {
        let folder = TemporaryFolder()
        let agenda = Fixtures.write(Fixtures.shortMeeting, named: "short.md", in: folder)
        // The message goes to a file: tmux 3.3 can drop a pane's first line when the program exits at once.
        let messages = folder.path + "/stderr.txt"
        let tmux = try Tmux(command: conveneCommand(["run", agenda], records: folder.path + "/rec", environment: ["TERM": "dumb"])
            + " 2> " + shellQuote(messages))
        try tmux.waitForExit()
        #expect(tmux.exitStatus() == 2)
        let message = (try? String(contentsOfFile: messages, encoding: .utf8)) ?? ""
        #expect(message.contains("TERM is 'dumb'"), "stderr: \(message)")
        #expect(message.contains("export TERM=xterm-256color"))
    }

    /// The big figure on screen agrees, within two seconds, with what the log's timestamps imply.
    private func expectFigureMatchesLog(screen: String, records: String) throws {
        let figure = try #require(wordsFigure(screen))
        let contents = try EventLogFile(path: try #require(logPath(records))).read()
        let meeting = try #require(Meeting.replay(contents.events))
        let expected = meeting.remaining(now: Date())
        #expect(abs(figure - expected) <= 2, "screen says \(figure)s left, log implies \(expected)s")
    }

    /// Seconds left as the status words say them (`RUNNING · 09:47 left of 10:00`).
    private func wordsFigure(_ screen: String) -> Int? {
        guard let line = screen.split(separator: "\n").first(where: { $0.contains(" left of ") }),
            let range = line.range(of: " · ") else { return nil }
        let parts = line[range.upperBound...].prefix(5).split(separator: ":")
        guard parts.count == 2, let m = Int(parts[0]), let s = Int(parts[1]) else { return nil }
        return m * 60 + s
    }

    private func figureLine(_ screen: String) -> String? {
        screen.split(separator: "\n").first { $0.contains(" left of ") }.map(String.init)
    }

    private func logPath(_ records: String) -> String? {
        let folder = records + "/meetings"
        return (try? FileManager.default.contentsOfDirectory(atPath: folder))?.first { $0.hasSuffix(".jsonl") }.map { folder + "/" + $0 }
    }

    private func logLines(_ records: String) throws -> [String] {
        let text = try String(contentsOfFile: try #require(logPath(records)), encoding: .utf8)
        return text.split(separator: "\n").map(String.init)
    }
}
