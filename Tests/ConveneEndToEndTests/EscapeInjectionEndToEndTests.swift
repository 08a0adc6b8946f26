import Foundation
import Testing

/// Terminal escapes in agenda text are shown as visible `\e` text on the screen and in plain output,
/// never sent to the terminal, where they could retitle the window or clear the screen.
@Suite struct EscapeInjectionEndToEndTests {
    static let evil = "# Evil \u{1B}]0;pwned\u{07} title\nplace: \u{1B}[2J here\n\n## Item \u{1B}[31mred (10m)\nprompt: say \u{1B}[H hi\nrole: \u{1B}c\n"

    @Test func checkPrintsEscapesAsText() throws {
        let folder = TemporaryFolder()
        let agenda = Fixtures.write(Self.evil, named: "evil.md", in: folder)
        let result = try convene(["check", agenda])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("\u{1B}") && !result.stdout.contains("\u{07}"))
        #expect(result.stdout.contains("Evil \\e]0;pwned\\x07 title"))
        let broken = Fixtures.write("# T\n\n## A \u{1B}[2J (zz)\n", named: "bad.md", in: folder)
        let rejected = try convene(["check", broken])
        #expect(rejected.status == 1)
        #expect(!rejected.stderr.contains("\u{1B}"))
    }

    @Test func theFacilitatorScreenShowsEscapesAsText() throws {
        let folder = TemporaryFolder()
        let agenda = Fixtures.write(Self.evil, named: "evil.md", in: folder)
        let tmux = try Tmux(width: 120, height: 40, command: conveneCommand(["run", agenda], records: folder.path + "/rec"))
        let screen = try tmux.wait(for: "Item \\e[31mred")
        #expect(screen.contains("\\e]0;pwned"))
        try tmux.send("p")
        try tmux.wait(for: "Item \\e[31mred")
        try tmux.send("q")
        try tmux.waitForExit()
    }
}
