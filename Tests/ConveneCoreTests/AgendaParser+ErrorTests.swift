import Testing
@testable import ConveneCore

/// Every way an agenda can be wrong is reported as `FILE:LINE: message`, all problems at once.
@Suite struct AgendaParserErrorTests {
    static let header = "# Meeting\n"

    @Test(arguments: [
        ("## Welcome\n", "test.md:2: the item 'Welcome' has no duration; write it like '## Welcome (10m)'"),
        ("##\n", "test.md:2: the item '' has no duration; write it like '## Welcome (10m)'"),
        ("## Welcome (soon)\n", "test.md:2: cannot read the duration '(soon)'; write it like (90s), (10m), (10 min), (1h30m) or (2 hours)"),
        ("## Welcome (0m)\n", "test.md:2: cannot read the duration '(0m)'; write it like (90s), (10m), (10 min), (1h30m) or (2 hours)"),
        ("## Welcome (10)\n", "test.md:2: cannot read the duration '(10)'; write it like (90s), (10m), (10 min), (1h30m) or (2 hours)"),
        ("## (10m)\n", "test.md:2: the item has a duration but no title; write '## Title (10m)'"),
    ])
    func badHeading(item: String, message: String) {
        #expect(agendaErrors(Self.header + item) == [message])
    }

    @Test func unknownKeyBeforeTheFirstItem() {
        #expect(agendaErrors("# M\ntime: 14:00\n## A (1m)\n") == [
            "test.md:2: unknown key 'time:' (before the first item the keys are date, place, roles, warn, series)"
        ])
    }

    @Test func seriesNamesTheRunOrIsAnError() throws {
        let agenda = try AgendaParser.parse(lines: ["# Visioning 3", "series: Health Justice WG", "## A (1m)"], file: "test.md")
        #expect(agenda.series == "Health Justice WG")
        #expect(agendaErrors("# M\nseries:\n## A (1m)\n") == ["test.md:2: 'series:' needs a name, such as 'series: health justice working group'"])
        #expect(agendaErrors("# M\n## A (1m)\nseries: x\n") == ["test.md:3: 'series:' belongs before the first item"])
    }

    @Test func unknownKeyInAnItem() {
        #expect(agendaErrors("# M\n## A (1m)\npromt: Who?\n") == [
            "test.md:3: unknown key 'promt:' (item keys are role, roles, prompt, cue, breakout, group roles, round); to keep it as a note write '- promt: …'"
        ])
    }

    @Test(arguments: ["role", "prompt", "cue", "breakout", "group roles", "round"])
    func itemKeyInHeader(key: String) {
        #expect(agendaErrors("# M\n\(key): x\n## A (1m)\n") == [
            "test.md:2: '\(key):' belongs under an item (after a '## Title (10m)' line)"
        ])
    }

    @Test(arguments: ["date", "place", "warn"])
    func headerKeyInItem(key: String) {
        #expect(agendaErrors("# M\n## A (1m)\n\(key): x\n") == ["test.md:3: '\(key):' belongs before the first item"])
    }

    @Test func duplicateHeaderKey() {
        #expect(agendaErrors("# M\nplace: Zoom\nplace: Hall\n## A (1m)\n") == [
            "test.md:3: 'place:' is given twice (first on line 2)"
        ])
    }

    @Test func roleAndRolesAreOneKeyInAnItem() {
        #expect(agendaErrors("# M\n## A (1m)\nrole: opener\nroles: framer\n") == [
            "test.md:4: 'roles:' is given twice in this item (first on line 3)"
        ])
    }

    @Test func duplicateItemKeyInASecondItemIsFine() throws {
        let agenda = try parseAgenda("# M\n## A (1m)\nprompt: one\n## B (1m)\nprompt: two\n")
        #expect(agenda.items.map(\.prompt) == ["one", "two"])
    }

    @Test(arguments: [
        ("## A (1m)\n", "test.md:1: the agenda must start with its title, a line like '# Visioning meeting'"),
        ("Some words\n# M\n## A (1m)\n", "test.md:1: the agenda must start with its title, a line like '# Visioning meeting'"),
        ("#Meeting\n## A (1m)\n", "test.md:1: the agenda must start with its title, a line like '# Visioning meeting'"),
        ("#\n## A (1m)\n", "test.md:1: the title line '#' has no title"),
        ("# M\n", "test.md:1: the agenda has no items; add one like '## Welcome (10m)'"),
        ("# M\nplace: Hall\n\nWords.\n", "test.md:4: the agenda has no items; add one like '## Welcome (10m)'"),
        ("# M\n## A (1m)\n# N\n", "test.md:3: a second '# ' title line; items start with '## ', like '## Welcome (10m)'"),
    ])
    func titleProblems(text: String, message: String) {
        #expect(agendaErrors(text) == [message])
    }

    @Test(arguments: ["", "\n\n\n", "<!-- nothing here -->\n", "\u{FEFF}"])
    func emptyFile(text: String) {
        #expect(agendaErrors(text) == [
            "test.md:1: the agenda is empty; it needs a title line '# Title' and items like '## Welcome (10m)'"
        ])
    }

    @Test func notUTF8NamesTheLineOfTheBadByte() {
        let bytes = Array("# M\n## A (1m)\n- caf".utf8) + [0xE9] + Array("\n## B (1m)\n".utf8)
        #expect(agendaErrors(bytes) == ["test.md:3: this line is not UTF-8 text; save the file as UTF-8"])
    }

    @Test func nulByteNamesItsLine() {
        let bytes = Array("# M\n## A (1m)\n\n- a".utf8) + [0] + Array("b\n".utf8)
        #expect(agendaErrors(bytes) == ["test.md:4: this is not a text file (it contains a NUL byte)"])
    }

    @Test(arguments: [
        "groups", "groups of", "groups of 1", "groups of five", "0 groups", "5 teams", "groups of 5, 0 rounds",
        "groups of 5, 2", "groups of 5, 2 rounds, 3 times", "groups of 5 2 rounds", "",
    ])
    func unreadableBreakout(value: String) {
        let line = value.isEmpty ? "breakout:" : "breakout: \(value)"
        #expect(agendaErrors("# M\n## A (30m)\n\(line)\n") == [
            "test.md:3: cannot read 'breakout: \(value)'; write it like 'breakout: groups of 5, 2 rounds' or 'breakout: 8 groups'"
        ])
    }

    @Test func roundWithoutBreakout() {
        #expect(agendaErrors("# M\n## A (30m)\nround: 10m\n") == ["test.md:3: 'round:' needs a 'breakout:' line in the same item"])
    }

    @Test func groupRolesWithoutBreakout() {
        #expect(agendaErrors("# M\n## A (30m)\ngroup roles: note-taker\n") == [
            "test.md:3: 'group roles:' needs a 'breakout:' line in the same item"
        ])
    }

    @Test func roundsThatDoNotFit() {
        #expect(agendaErrors("# M\n## A (30m)\nbreakout: 4 groups, 3 rounds\nround: 11m\n") == [
            "test.md:4: 3 rounds of 11m do not fit in the item's 30m"
        ])
    }

    @Test func roundsThatFitExactly() throws {
        let agenda = try parseAgenda("# M\n## A (30m)\nround: 10m\nbreakout: 4 groups, 3 rounds\n")
        #expect(agenda.items[0].breakout == BreakoutPlan(sizing: .groupCount(4), rounds: 3, roundSeconds: 600))
    }

    @Test func unreadableRound() {
        #expect(agendaErrors("# M\n## A (30m)\nbreakout: 4 groups\nround: long\n") == [
            "test.md:4: cannot read 'round: long'; write a duration like 'round: 15m'"
        ])
    }

    @Test func unclosedCommentNamesTheLineItOpens() {
        #expect(agendaErrors("# M\n## A (1m)\n<!-- a note\nthat goes on\n## B (1m)\n") == [
            "test.md:3: a comment '<!--' is never closed with '-->'"
        ])
    }

    @Test(arguments: ["2026-02-30", "2025-02-29", "2026-13-01", "2026-04-31", "26-08-30", "2026-08-30 24:00", "2026-08-30 14:60",
                      "2026-08-30 2pm", "2026-08-30T14:00", "30/08/2026", "2026-08-30 14:00 UTC", ""])
    func badDate(value: String) {
        let line = value.isEmpty ? "date:" : "date: \(value)"
        #expect(agendaErrors("# M\n\(line)\n## A (1m)\n") == [
            "test.md:2: cannot read 'date: \(value)'; write it like 'date: 2026-08-30 14:00' (the time is optional)"
        ])
    }

    @Test(arguments: ["0%", "100%", "lots", "-5%", "20 percent", ""])
    func badWarn(value: String) {
        let line = value.isEmpty ? "warn:" : "warn: \(value)"
        #expect(agendaErrors("# M\n\(line)\n## A (1m)\n") == [
            "test.md:2: cannot read 'warn: \(value)'; write a duration like 'warn: 2m' or a share like 'warn: 20%'"
        ])
    }

    @Test(arguments: [("cue: every", "cannot read 'cue: every'; write it like 'cue: every 10m'"),
                      ("cue: often", "cannot read 'cue: often'; write it like 'cue: every 10m'"),
                      ("prompt:", "'prompt:' is empty"),
                      ("roles: opener, , framer", "'roles:' needs role names separated by commas, like 'roles: facilitator, note-taker'"),
                      ("role:", "'role:' needs role names separated by commas, like 'role: facilitator, note-taker'")])
    func badItemValue(line: String, message: String) {
        #expect(agendaErrors("# M\n## A (30m)\n\(line)\n") == ["test.md:3: " + message])
    }

    @Test func badHeaderRoles() {
        #expect(agendaErrors("# M\nroles: ,\n## A (1m)\n") == [
            "test.md:2: 'roles:' needs role names separated by commas, like 'roles: facilitator, note-taker'"
        ])
    }

    @Test func everyProblemIsReportedTogetherInLineOrder() {
        let text = """
            # M
            date: 2026-02-30
            warn: often
            colour: red

            ## A (10 parsecs)
            promt: Who?
            round: 5m
            ## B
            place: Hall
            <!-- never closed
            """
        #expect(agendaErrors(text, file: "agendas/bad.md") == [
            "agendas/bad.md:2: cannot read 'date: 2026-02-30'; write it like 'date: 2026-08-30 14:00' (the time is optional)",
            "agendas/bad.md:3: cannot read 'warn: often'; write a duration like 'warn: 2m' or a share like 'warn: 20%'",
            "agendas/bad.md:4: unknown key 'colour:' (before the first item the keys are date, place, roles, warn, series)",
            "agendas/bad.md:6: cannot read the duration '(10 parsecs)'; write it like (90s), (10m), (10 min), (1h30m) or (2 hours)",
            "agendas/bad.md:7: unknown key 'promt:' (item keys are role, roles, prompt, cue, breakout, group roles, round); to keep it as a note write '- promt: …'",
            "agendas/bad.md:8: 'round:' needs a 'breakout:' line in the same item",
            "agendas/bad.md:9: the item 'B' has no duration; write it like '## B (10m)'",
            "agendas/bad.md:10: 'place:' belongs before the first item",
            "agendas/bad.md:11: a comment '<!--' is never closed with '-->'",
        ])
    }

    @Test func errorsThrownCarryFileLineAndMessage() throws {
        let error = try #require(throws: InputErrors.self) { try parseAgenda("# M\n## A\n", file: "x.md") }
        #expect(error.errors == [InputError(file: "x.md", line: 2, message: "the item 'A' has no duration; write it like '## A (10m)'")])
        #expect(error.description == "x.md:2: the item 'A' has no duration; write it like '## A (10m)'")
    }
}
