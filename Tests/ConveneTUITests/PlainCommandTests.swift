import ConveneTUI
import Testing

/// Typed lines become commands; anything else gets an answer saying what to type.
@Suite struct PlainCommandTests {
    @Test func wordsAreCommandsWhateverTheirCaseAndSpaces() {
        #expect(PlainCommand.parse("start") == .start)
        #expect(PlainCommand.parse("  PAUSE \t") == .pause)
        #expect(PlainCommand.parse("next") == .next)
        #expect(PlainCommand.parse("back") == .back)
        #expect(PlainCommand.parse("skip") == .skip)
        #expect(PlainCommand.parse("status") == .status)
        #expect(PlainCommand.parse("roles") == .roles)
        #expect(PlainCommand.parse("groups") == .groups(round: nil))
        #expect(PlainCommand.parse("groups 2") == .groups(round: 2))
        #expect(PlainCommand.parse("groups two") == .unknown(answer: "groups takes a round number, for example: groups 2"))
        #expect(PlainCommand.parse("plan") == .plan)
        #expect(PlainCommand.parse("seat") == .seat)
        #expect(PlainCommand.parse("help") == .help)
        #expect(PlainCommand.parse("quit") == .quit)
        #expect(PlainCommand.parse("end") == .end)
        #expect(PlainCommand.parse("yes") == .yes)
        #expect(PlainCommand.parse("") == .nothing)
        #expect(PlainCommand.parse("   ") == .nothing)
    }

    @Test func minutesDefaultToOneAndAreChecked() {
        #expect(PlainCommand.parse("extend") == .extend(minutes: 1))
        #expect(PlainCommand.parse("extend 2") == .extend(minutes: 2))
        #expect(PlainCommand.parse("shorten 5") == .shorten(minutes: 5))
        #expect(PlainCommand.parse("extend two") == .unknown(answer: "extend takes a number of minutes from 1 to 600, for example: extend 2"))
        #expect(PlainCommand.parse("shorten 0") == .unknown(answer: "shorten takes a number of minutes from 1 to 600, for example: shorten 2"))
    }

    @Test func notesAndActionsKeepTheirWords() {
        #expect(PlainCommand.parse("note  we meet Friday ") == .note("we meet Friday"))
        #expect(PlainCommand.parse("action book the hall @Maya") == .action("book the hall", owner: "Maya"))
        #expect(PlainCommand.parse("action call Ana @José") == .action("call Ana", owner: "José"))
        #expect(PlainCommand.parse("action call the clinic @Ana  María") == .action("call the clinic", owner: "Ana María"))
        #expect(PlainCommand.parse("action ask @Sam to book @Li Wei") == .action("ask @Sam to book", owner: "Li Wei"))
        guard case .unknown = PlainCommand.parse("note") else { Issue.record("an empty note was accepted"); return }
        guard case .unknown = PlainCommand.parse("action book the hall") else { Issue.record("an action without owner was accepted"); return }
        guard case .unknown = PlainCommand.parse("action @Maya") else { Issue.record("an action without text was accepted"); return }
    }

    @Test func attendanceWordsKeepTheNameAsTyped() {
        #expect(PlainCommand.parse("here  maría josé ") == .here("maría josé"))
        #expect(PlainCommand.parse("present Kofi") == .here("Kofi"))
        #expect(PlainCommand.parse("absent Li Wei") == .absent("Li Wei"))
        #expect(PlainCommand.parse("LEFT Kofi") == .left("Kofi"))
        #expect(PlainCommand.parse("walk-in Sam Rivera / new member") == .walkIn("Sam Rivera / new member"))
        #expect(PlainCommand.parse("walkin Sam") == .walkIn("Sam"))
        #expect(PlainCommand.parse("attendance") == .attendance)
        #expect(PlainCommand.parse("here") == .unknown(answer: "Type the name after the word, for example: here Ama Owusu"))
        #expect(PlainCommand.parse("walk-in") == .unknown(answer: "Type the name after the word, for example: walk-in Sam Rivera / new"))
        #expect(PlainCommand.parse("attendance now") == .unknown(answer: "attendance takes nothing after it. Type help for the list of commands."))
    }

    @Test func roleWordsTakeTheNumberRolesSays() {
        #expect(PlainCommand.parse("give 2 Ama Owusu") == .give(2, to: "Ama Owusu"))
        #expect(PlainCommand.parse("clear 3") == .clear(3))
        #expect(PlainCommand.parse("suggest") == .suggest)
        #expect(PlainCommand.parse("give ama 2") == .unknown(answer: "Type the number from the roles list, then who, for example: give 2 Ama Owusu"))
        #expect(PlainCommand.parse("give 2") == .unknown(answer: "Say who takes the role, for example: give 2 Ama Owusu"))
        #expect(PlainCommand.parse("clear") == .unknown(answer: "Type the number from the roles list, for example: clear 2"))
        #expect(PlainCommand.parse("clear 2 now") == .unknown(answer: "clear 2 takes nothing after it. Type help for the list of commands."))
    }

    @Test func onlyEarlierDoneAndDropConcernTheCarriedItems() {
        #expect(["earlier", "done 1", "drop 2 moved away"].allSatisfy { PlainCommand.parse($0).concernsCarried })
        #expect(!["status", "note x", "here Ama", "done"].contains { PlainCommand.parse($0).concernsCarried })
    }

    @Test func unknownWordsAnswerWithTheNearestCommand() {
        #expect(PlainCommand.parse("nxt") == .unknown(answer: "Unknown command 'nxt'. Did you mean 'next'? Type help for the list of commands."))
        #expect(PlainCommand.parse("stats") == .unknown(answer: "Unknown command 'stats'. Did you mean 'status'? Type help for the list of commands."))
        #expect(PlainCommand.parse("bonjour") == .unknown(answer: "Unknown command 'bonjour'. Type help for the list of commands."))
        #expect(PlainCommand.parse("start now") == .unknown(answer: "start takes nothing after it. Type help for the list of commands."))
    }

    @Test func helpListsEveryCommandWord() {
        let help = PlainHelp.lines.joined(separator: "\n")
        for word in PlainCommand.words where word != "yes" { #expect(help.contains(word + (["extend", "shorten", "note", "action", "done", "drop", "here", "absent", "left", "walk-in", "give", "clear"].contains(word) ? " " : ":")), "\(word)") }
    }
}
