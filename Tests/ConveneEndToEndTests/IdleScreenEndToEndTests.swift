import Foundation
import Testing

/// An idle running screen costs the terminal one write a second: ncurses left in its first state flushes after
/// every cursor move, which sent each frame as several writes (several packets over SSH).
@Suite struct IdleScreenEndToEndTests {
    @Test func eachSecondsFrameGoesOutInOneWrite() throws {
        let folder = TemporaryFolder()
        let agenda = Fixtures.write("# Idle test\n\n## A long item (10m)\n", named: "idle.md", in: folder)
        let tmux = try Tmux(width: 120, height: 40, command: conveneCommand(["run", agenda], records: folder.path + "/rec"))
        try tmux.wait(for: "READY")
        try tmux.send("Space")
        var figure = try countdownWords(tmux.wait(for: "RUNNING"))
        let pid = try tmux.programPID()
        let before = try writes(pid)
        for _ in 0..<4 {
            let last = figure
            figure = try countdownWords(tmux.wait(for: "the countdown to tick", timeout: 5) { countdownWords($0) != last })
        }
        let frames = 4, sent = try writes(pid) - before
        #expect(sent <= frames + 1, "\(sent) writes for \(frames) frames")
    }

    /// The countdown's words line, which changes every second while an item runs.
    private func countdownWords(_ screen: String) -> String {
        screen.split(separator: "\n").first { $0.contains("left of") }.map(String.init) ?? ""
    }

    /// Write system calls the process has made so far.
    private func writes(_ pid: Int32) throws -> Int {
        let io = try String(contentsOfFile: "/proc/\(pid)/io", encoding: .utf8)
        let line = try #require(io.split(separator: "\n").first { $0.hasPrefix("syscw:") })
        return try #require(Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces)))
    }
}
