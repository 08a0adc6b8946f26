import Testing
@testable import ConveneCore

/// How the parser reads text around the keys: notes, comments, line endings, byte order marks.
@Suite struct AgendaParserTextTests {
    @Test(arguments: [
        "Note: bring snacks", "Time: 14:00 sharp", "Zoom: https://example.org/j/123", "https://example.org/agenda",
        "- role: whoever arrives first", "10:00 doors open", "Ask: who is missing?", "prompt:no space after the colon",
    ])
    func textThatIsNotAKeyIsANote(line: String) throws {
        let agenda = try parseAgenda("# M\n## A (10m)\n\(line)\n")
        #expect(agenda.items[0].notes == [line])
        #expect(agenda.items[0].prompt == nil && agenda.items[0].roles.isEmpty)
    }

    @Test(arguments: ["note", "notes", "time", "e-mail", "take away"])
    func lowercaseUnknownKeyIsAnError(key: String) {
        #expect(agendaErrors("# M\n## A (10m)\n\(key): something\n").count == 1)
    }

    @Test func capitalisedKnownKeysAreKeys() throws {
        let agenda = try parseAgenda("# M\nPlace: Hall\n## A (10m)\nPrompt: Who?\nGROUP ROLES: scribe\nBreakout: Groups of 4\n")
        #expect(agenda.place == "Hall")
        #expect(agenda.items[0].prompt == "Who?")
        #expect(agenda.items[0].groupRoles == ["scribe"])
        #expect(agenda.items[0].breakout == BreakoutPlan(sizing: .groupsOf(4)))
    }

    @Test func capitalisedTextBeforeTheFirstItemIsDescription() throws {
        let agenda = try parseAgenda("# M\nNote: doors at 13:45\nSecond line.\n## A (10m)\n")
        #expect(agenda.description == "Note: doors at 13:45\nSecond line.")
    }

    @Test func valuesAreTrimmedAndRolesDeduplicated() throws {
        let agenda = try parseAgenda("# M\nroles:  facilitator ,note-taker, facilitator\t\n## A (10m)\n\trole: opener\ncue: EVERY 5 MIN\n")
        #expect(agenda.roles == ["facilitator", "note-taker"])
        #expect(agenda.items[0].roles == ["opener"])
        #expect(agenda.items[0].cueSeconds == 300)
    }

    @Test func cueWithoutEveryIsAccepted() throws {
        #expect(try parseAgenda("# M\n## A (1h)\ncue: 10m\n").items[0].cueSeconds == 600)
    }

    @Test func headingKeepsParenthesesInItsTitle() throws {
        let agenda = try parseAgenda("# M\n## Welcome (and intros) (1h30m)\n### A sub-heading\n")
        #expect(agenda.items[0].title == "Welcome (and intros)")
        #expect(agenda.items[0].seconds == 5400)
        #expect(agenda.items[0].notes == ["### A sub-heading"])
    }

    @Test func commentsAreRemovedWithinAndAcrossLines() throws {
        let text = """
            # M <!-- working title -->
            <!-- place: somewhere
            ## Hidden (10m)
            --> place: Hall
            ## A (10m) <!-- was 15m -->
            keep <!-- drop --> this <!-- and
            this --> and this
            """
        let agenda = try parseAgenda(text)
        #expect(agenda.title == "M")
        #expect(agenda.place == "Hall")
        #expect(agenda.items.map(\.title) == ["A"])
        #expect(agenda.items[0].line == 5)
        #expect(agenda.items[0].notes == ["keep  this", "and this"])
    }

    @Test func linesAfterAMultiLineCommentKeepTheirNumbers() {
        let text = "# M\n<!--\none\ntwo\nthree\n-->\n## A (10m)\nbad key: x\n"
        #expect(agendaErrors(text) == [
            "test.md:8: unknown key 'bad key:' (item keys are role, roles, prompt, cue, breakout, group roles, round); to keep it as a note write '- bad key: …'"
        ])
    }

    @Test func crlfFileWithByteOrderMark() throws {
        let lf = try Fixtures.bytes("visioning.md")
        var crlf: [UInt8] = [0xEF, 0xBB, 0xBF]
        for byte in lf { if byte == 0x0A { crlf += [0x0D, 0x0A] } else { crlf.append(byte) } }
        #expect(try AgendaParser.parse(crlf, file: "v.md") == Fixtures.agenda("visioning.md"))
    }

    @Test func crlfErrorsKeepTheirLineNumbers() {
        let bytes = Array("\u{FEFF}# M\r\n\r\n## A (10m)\r\nnope: x\r\n".utf8)
        #expect(agendaErrors(bytes).first?.hasPrefix("test.md:4: unknown key 'nope:'") == true)
    }

    @Test func fileWithoutAFinalNewline() throws {
        #expect(try parseAgenda("# M\n## A (10m)").items.map(\.seconds) == [600])
    }

    @Test func namesInAnyScript() throws {
        let agenda = try parseAgenda("# 医療の未来を考える\nroles: ведущий, مُيسِّر\n## Bienvenida y presentación (10m)\nrole: opener\nprompt: 你好，世界\n")
        #expect(agenda.title == "医療の未来を考える")
        #expect(agenda.roles == ["ведущий", "مُيسِّر"])
        #expect(agenda.items[0].prompt == "你好，世界")
    }
}
