import ConveneCore
import Foundation
import Glibc
import Testing

/// Resize storms, pasted floods of keys, signals at any moment and a closed stdin never crash the facilitator
/// screen; the terminal is restored and the meeting can be resumed.
@Suite struct TerminalFaultEndToEndTests {
    static let agenda = "# Fault test\n\n" + (1...80).map { "## Item \($0) (20m)\n" }.joined(separator: "\n")

    @Test(arguments: [SIGHUP, SIGINT, SIGTERM])
    func stormsThenASignalLeaveTheTerminalRestoredAndTheMeetingResumable(signal: Int32) throws {
        let folder = TemporaryFolder()
        let records = folder.path + "/rec"
        let agenda = Fixtures.write(Self.agenda, named: "fault.md", in: folder)
        let tmux = try Tmux(command: conveneCommand(["run", agenda], records: records))
        try tmux.wait(for: "READY")
        var random = SeededGenerator(seed: UInt64(signal))
        for n in 0..<150 {
            try tmux.resize(width: 20 + Int(random.next() % 281), height: 5 + Int(random.next() % 96))
            if n % 50 == 0 {
                let flood = (0..<1000).map { _ in [" ", "+", "-", "n", "b", "p", "?", "x", "界", "\u{1B}"][Int(random.next() % 10)] }
                try tmux.type(flood.joined())
            }
        }
        try tmux.resize(width: 100, height: 30)
        try tmux.wait(for: "Fault test")
        let pid = try tmux.programPID()
        try #require(pid > 0)
        kill(pid, signal)
        try tmux.waitForExit()
        #expect(alternateScreen(tmux) == "0", "the terminal was left in the program's screen")
        let status = try #require(tmux.exitStatus())
        #expect(status < 128 || status == 128 + signal, "exit status \(status)")
        let contents = try EventLogFile(path: try #require(logPath(records))).read()
        #expect(contents.damaged.isEmpty && contents.tornTail == nil)

        try tmux.open(session: "again", command: conveneCommand(["resume"], records: records))
        try tmux.wait(for: "Fault test", in: "again")
        try tmux.send("q", to: "again")
        try tmux.waitForExit("again")
        #expect(tmux.exitStatus("again") == 0)
    }

    /// The terminal itself going away (tmux killed, an SSH link dropped) leaves a readable, hung-up tty: the screen
    /// must exit, not spin on it, and the running item keeps running in the log.
    @Test func aTerminalThatGoesAwayEndsTheScreenInsteadOfSpinning() throws {
        let folder = TemporaryFolder()
        let records = folder.path + "/rec"
        let agenda = Fixtures.write(Self.agenda, named: "fault.md", in: folder)
        let tmux = try Tmux(command: conveneCommand(["run", agenda], records: records))
        try tmux.wait(for: "READY")
        try tmux.send("Space")
        try tmux.wait(for: "RUNNING")
        let pid = try tmux.programPID()
        try tmux.killServer()
        let deadline = Date().addingTimeInterval(10)
        while isRunning(pid) && Date() < deadline { usleep(50_000) }
        let alive = isRunning(pid)
        if alive { kill(pid, SIGKILL) }
        #expect(!alive, "convene kept running after its terminal went away")
        let contents = try EventLogFile(path: try #require(logPath(records))).read()
        #expect(Meeting.replay(contents.events)?.clockState == .running)
    }

    @Test func closedStdinExitsWithAMessageInsteadOfCrashing() throws {
        let folder = TemporaryFolder()
        let agenda = Fixtures.write(Self.agenda, named: "fault.md", in: folder)
        let tmux = try Tmux(command: conveneCommand(["run", agenda], records: folder.path + "/rec") + " <&-")
        try tmux.waitForExit()
        let status = try #require(tmux.exitStatus())
        #expect(status == 2, "exit status \(status); screen:\n\(tmux.screen())")
        #expect(alternateScreen(tmux) == "0")
    }

    /// Whether a process still runs: an exited one may linger as a zombie, which `kill(pid, 0)` still finds.
    private func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first != "Z"
    }

    private func alternateScreen(_ tmux: Tmux, session: String = "main") -> String {
        let result = try? run("/usr/bin/tmux", ["-L", tmux.socket, "display-message", "-p", "-t", session, "#{alternate_on}"])
        return result?.stdout.trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
    }

    private func logPath(_ records: String) -> String? {
        let folder = records + "/meetings"
        return (try? FileManager.default.contentsOfDirectory(atPath: folder))?.first { $0.hasSuffix(".jsonl") }.map { folder + "/" + $0 }
    }
}
