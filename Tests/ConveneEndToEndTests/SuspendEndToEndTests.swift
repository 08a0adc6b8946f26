import Foundation
import Testing

/// Ctrl-Z gives the terminal back and `fg` brings the whole screen back, not just the ticking countdown; where there
/// is no job control to stop it, the screen is simply drawn again.
@Suite struct SuspendEndToEndTests {
    private let agenda = "# Suspend test\nplace: Hall\n\n## A long first item (30m)\n\n## The second item (10m)\n"

    /// The countdown's words line, which changes every second while an item runs.
    private func countdownWords(_ screen: String) -> String {
        screen.split(separator: "\n").first { $0.contains("left of") }.map(String.init) ?? ""
    }

    /// Waits for two ticks of the countdown, then checks that the rest of the screen is there too.
    private func expectWholeScreenAfterTwoTicks(_ tmux: Tmux) throws {
        var words = countdownWords(tmux.screen())
        for _ in 0..<2 {
            let last = words
            words = countdownWords(try tmux.wait(for: "the countdown to tick", timeout: 5) { !countdownWords($0).isEmpty && countdownWords($0) != last })
        }
        let screen = tmux.screen()
        #expect(screen.contains(" Suspend test") && screen.contains("Hall ·"), "header missing:\n\(screen)")
        #expect(screen.contains("The second item") && screen.contains(" Next: 2"), "list or footer missing:\n\(screen)")
        #expect(screen.contains("q quit"), "status line missing:\n\(screen)")
    }

    @Test func withoutJobControlCtrlZRedrawsTheWholeScreen() throws {
        let folder = TemporaryFolder()
        let path = Fixtures.write(agenda, named: "suspend.md", in: folder)
        let tmux = try Tmux(width: 100, height: 24, command: conveneCommand(["run", path], records: folder.path + "/rec"))
        try tmux.wait(for: "READY")
        try tmux.send("Space")
        try tmux.wait(for: "RUNNING")
        try tmux.send("C-z")
        try expectWholeScreenAfterTwoTicks(tmux)
        try tmux.send("q")
        try tmux.waitForExit()
    }

    @Test func ctrlZStopsAndFgBringsTheWholeScreenBack() throws {
        let folder = TemporaryFolder()
        let path = Fixtures.write(agenda, named: "suspend.md", in: folder)
        let tmux = try Tmux(width: 100, height: 24, command: "env -i PATH=/usr/bin:/bin HOME=\(shellQuote(folder.path)) TERM=xterm-256color bash --norc --noprofile -i")
        try tmux.type(conveneCommand(["run", path], records: folder.path + "/rec"))
        try tmux.send("Enter")
        try tmux.wait(for: "READY")
        try tmux.send("Space")
        try tmux.wait(for: "RUNNING")
        try tmux.send("C-z")
        try tmux.wait(for: "Stopped")
        try tmux.type("fg")
        try tmux.send("Enter")
        try expectWholeScreenAfterTwoTicks(tmux)
        try tmux.send("q")
        try tmux.wait(for: "the shell's prompt again") { $0.split(separator: "\n").last { !$0.isEmpty }?.hasSuffix("#") == true }
    }
}
