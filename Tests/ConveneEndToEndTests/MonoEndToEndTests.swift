import Foundation
import Testing

/// The real screen with `NO_COLOR` and `--theme`: states still shown in words, no colour sent.
@Suite struct MonoEndToEndTests {
    /// The colour parameters of every SGR escape in a styled capture (30-38, 40-48, 90-107).
    private func colourParameters(_ styled: String) -> [Int] {
        var found: [Int] = []
        var rest = Substring(styled)
        while let start = rest.range(of: "\u{1B}[") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(where: { $0.isLetter }) else { break }
            if rest[end] == "m" {
                let codes = rest[..<end].split(separator: ";").compactMap { Int($0) }
                found += codes.filter { (30...38).contains($0) || (40...48).contains($0) || (90...107).contains($0) }
            }
            rest = rest[end...]
        }
        return found
    }

    @Test func noColorShowsWarningAndOverTimeInWordsWithoutColour() throws {
        let folder = TemporaryFolder()
        let agenda = Fixtures.write(Fixtures.shortMeeting, named: "short.md", in: folder)
        let tmux = try Tmux(command: conveneCommand(["run", agenda], records: folder.path + "/rec", environment: ["NO_COLOR": "1"]))
        try tmux.wait(for: "READY")
        try tmux.send("Space")
        try tmux.wait(for: "WARNING", timeout: 6)
        #expect(colourParameters(tmux.styledScreen()) == [])
        try tmux.wait(for: "OVER TIME", timeout: 6)
        let styled = tmux.styledScreen()
        #expect(colourParameters(styled) == [])
        #expect(styled.contains("\u{1B}[1m") || styled.contains("\u{1B}[7m") || styled.contains(";7m") || styled.contains("[1;"))
    }

    /// `NO_COLOR` is emptied because the test runner's environment may set it.
    @Test func highContrastDrawsInColourAndStillSaysOverTime() throws {
        let folder = TemporaryFolder()
        let agenda = Fixtures.write(Fixtures.shortMeeting, named: "short.md", in: folder)
        let tmux = try Tmux(command: conveneCommand(["run", agenda, "--theme", "high-contrast"], records: folder.path + "/rec", environment: ["NO_COLOR": ""]))
        try tmux.wait(for: "READY")
        try tmux.send("Space")
        try tmux.wait(for: "OVER TIME", timeout: 10)
        #expect(colourParameters(tmux.styledScreen()).contains(41))
    }

    @Test func anUnknownThemeIsAUsageError() throws {
        let folder = TemporaryFolder()
        let agenda = Fixtures.write(Fixtures.shortMeeting, named: "short.md", in: folder)
        let result = try convene(["run", agenda, "--theme", "neon"], environment: ["CONVENE_HOME": folder.path + "/rec"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--theme takes one of color, high-contrast, mono, not 'neon'"))
    }
}
