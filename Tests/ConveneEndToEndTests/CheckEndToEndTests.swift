import Foundation
import Testing

/// `convene check` on real files: accepted agendas print a summary, broken ones `FILE:LINE:` and exit 1.
@Suite struct CheckEndToEndTests {
    @Test func acceptsAValidAgendaAndPrintsItsItemsAndTotal() throws {
        let folder = TemporaryFolder()
        let agenda = Fixtures.write(Fixtures.shortMeeting, named: "short.md", in: folder)
        let result = try convene(["check", agenda])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Opening round"))
        #expect(result.stdout.contains("total 15m4s in 3 items"))
    }

    @Test func rejectsABrokenAgendaWithFileAndLine() throws {
        let folder = TemporaryFolder()
        let agenda = Fixtures.write("# Broken\n\n## Welcome (ten minutes)\npromt: hi\n", named: "broken.md", in: folder)
        let result = try convene(["check", agenda])
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.md:3: cannot read the duration"))
        #expect(result.stderr.contains("broken.md:4: unknown key 'promt:'"))
    }

    @Test func aMissingFileIsBadInputNotACrash() throws {
        let result = try convene(["check", "/nonexistent/agenda.md"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/agenda.md: cannot open"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try convene(["check"]).status == 2)
        #expect(try convene(["check", "--bogus", "x.md"]).status == 2)
        #expect(try convene(["frobnicate"]).status == 2)
    }

    @Test func helpAndVersionExitZero() throws {
        #expect(try convene(["--version"]).stdout.hasPrefix("convene "))
        let help = try convene(["help", "run"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("usage: convene run AGENDA"))
        #expect(try convene(["check", "--help"]).stdout.contains("usage: convene check"))
    }
}
