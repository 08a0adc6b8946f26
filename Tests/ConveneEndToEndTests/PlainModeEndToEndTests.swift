import Foundation
import Testing

/// Plain mode through a pipe, with no terminal: typed commands in, exact sentences out.
@Suite struct PlainModeEndToEndTests {
    static let agenda = """
        # Plain meeting
        warn: 1s

        ## Welcome (2s)
        role: opener

        ## Framing (4s)
        """

    @Test func aWholeShortMeetingWithNotesIsAnnouncedInExactSentences() throws {
        let folder = TemporaryFolder()
        let agenda = Fixtures.write(Self.agenda, named: "plain.md", in: folder)
        let driver = try PipeDriver(["run", agenda, "--plain"], environment: ["CONVENE_HOME": folder.path + "/rec", "USER": "sam"])
        try driver.wait(for: "Type help")
        driver.send("start")
        try driver.wait(for: "Time is up.")
        driver.send("note we arrived")
        try driver.wait(for: "You added a note.")
        driver.send("action book the hall @Maya")
        try driver.wait(for: "book the hall")
        driver.send("nxt")
        try driver.wait(for: "Did you mean")
        driver.send("next")
        try driver.wait(for: "Framing, 4 seconds, started.")
        driver.send("pause")
        try driver.wait(for: "Paused.")
        driver.send("start")
        try driver.wait(for: "Resumed.")
        try driver.wait(for: "Time is up.\nYou added a note.\nYou added an action for Maya: book the hall\nUnknown command 'nxt'. Did you mean 'next'? Type help for the list of commands.\nItem 2 of 2: Framing, 4 seconds, started.\nPaused.\nResumed.\n1 second left.\nTime is up.")
        driver.send("end")
        try driver.wait(for: "End the meeting?")
        driver.send("yes")
        try driver.wait(for: "The meeting has ended.")
        #expect(driver.finish() == 0)
        let lines = driver.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(Array(lines.prefix(16)) == [
            "Item 1 of 2: Welcome, 2 seconds, not started.",
            "Next: Framing.",
            "Type help for the commands.",
            "Item 1 of 2: Welcome, 2 seconds, started.",
            "1 second left.",
            "Time is up.",
            "You added a note.",
            "You added an action for Maya: book the hall",
            "Unknown command 'nxt'. Did you mean 'next'? Type help for the list of commands.",
            "Item 2 of 2: Framing, 4 seconds, started.",
            "Paused.",
            "Resumed.",
            "1 second left.",
            "Time is up.",
            "End the meeting? Type yes to end it, anything else to go on.",
            "The meeting has ended.",
        ])
        #expect(lines.count == 18)
        let record = try #require(lines.dropLast().last?.split(separator: " ").last.map(String.init))
        #expect(lines[16] == "Its record: \(record)")
        #expect(record.hasPrefix(folder.path + "/rec/") && record.hasSuffix(".jsonl"))
        let log = try String(contentsOfFile: record, encoding: .utf8)
        #expect(log.contains("\"text\":\"we arrived\""))
        #expect(log.contains("\"owner\":\"Maya\""))
    }

    @Test func endOfInputLeavesTheMeetingRunningAndResumable() throws {
        let folder = TemporaryFolder()
        let agenda = Fixtures.write(Fixtures.shortMeeting, named: "short.md", in: folder)
        let records = folder.path + "/rec"
        let first = try convene(["run", agenda, "--plain"], environment: ["CONVENE_HOME": records, "TERM": "dumb"], input: "start\n")
        #expect(first.status == 0)
        #expect(first.stdout.contains("Item 1 of 3: Opening round, 4 seconds, started."))
        #expect(first.stdout.contains("reopen it with: convene resume"))
        let again = try convene(["resume", "--plain"], environment: ["CONVENE_HOME": records], input: "status\nroles\ngroups\nhelp\naction wipe\u{1B}[2J @Maya\n")
        #expect(again.status == 0)
        #expect(again.stdout.contains("Item 1 of 3: Opening round, 4 seconds, running,"))
        #expect(again.stdout.contains("1 role, 0 held. give N NAME gives one, clear N empties it, suggest fills the empty ones.\n1. opener (item 1): nobody yet."))
        #expect(again.stdout.contains("This agenda has no breakout groups."))
        #expect(again.stdout.contains("action TEXT @owner"))
        #expect(again.stdout.contains("added an action for Maya: wipe\\e[2J"))
        #expect(!again.stdout.contains("\u{1B}"))
    }

    @Test func attendanceAndRolesAreTakenByTypingNames() throws {
        let folder = TemporaryFolder()
        let agenda = Fixtures.write(Fixtures.shortMeeting, named: "short.md", in: folder)
        let roster = Fixtures.write("Ama Owusu\nMiguel Ángel Ruiz\n鈴木一郎\n", named: "roster.txt", in: folder)
        let records = folder.path + "/rec"
        let env = ["CONVENE_HOME": records, "USER": "sam"]
        let first = try convene(["run", agenda, "--plain", "--roster", roster], environment: env,
                                input: "here ama\nstart\nhere miguel angel\nwalk-in Noor Aziz / new\nhere 鈴木\nleft ama owusu\nhere Zed\nattendance\n"
                                    + "give 1 miguel\nroles\nend\nyes\n")
        #expect(first.status == 0)
        for sentence in ["Ama Owusu is here.", "Miguel Ángel Ruiz is here (late).", "Noor Aziz is here (walk-in, late).", "鈴木一郎 is here (late).",
                         "Ama Owusu has left.", "No one called Zed is on the roster. To add someone who is not, type: walk-in Zed",
                         "3 of 4 here, 3 of them late; 1 left early.", "Here: Miguel Ángel Ruiz (late); 鈴木一郎 (late); Noor Aziz (late).",
                         "Left early: Ama Owusu.", "Miguel Ángel Ruiz takes opener (item 1).", "1. opener (item 1): Miguel Ángel Ruiz."] {
            #expect(first.stdout.contains(sentence + "\n"), "\(sentence)\n\(first.stdout)")
        }
        let meetings = try FileManager.default.contentsOfDirectory(atPath: records + "/meetings").filter { $0.hasSuffix(".jsonl") }
        let log = try String(contentsOfFile: records + "/meetings/" + (try #require(meetings.first)), encoding: .utf8)
        #expect(log.contains("\"type\":\"person.arrived\"") && log.contains("\"name\":\"Noor Aziz\"") && log.contains("\"walkIn\":true"))
        #expect(log.contains("\"type\":\"person.left\""))

        // Next time, the suggestion passes over Miguel, who has held a role, as the r screen's would.
        let second = try convene(["run", agenda, "--plain", "--roster", roster], environment: env, input: "here miguel\nhere 鈴木\nsuggest\n")
        #expect(second.stdout.contains("鈴木一郎 takes opener (item 1).\n"), "\(second.stdout)")
    }

    @Test func breakoutGroupsArePlannedAndReadOut() throws {
        let folder = TemporaryFolder()
        let agenda = Fixtures.write("# Breakouts\n\n## Talk in threes (30m)\nbreakout: groups of 3, 2 rounds\n", named: "b.md", in: folder)
        let roster = Fixtures.write((1...9).map { "Person \($0)" }.joined(separator: "\n") + "\n", named: "roster.txt", in: folder)
        let result = try convene(["run", agenda, "--plain", "--roster", roster], environment: ["CONVENE_HOME": folder.path + "/rec", "USER": "sam"],
                                 input: "groups\nplan\ngroups 2\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Talk in threes breaks out in groups of 3, 2 rounds of 15 minutes.\nNo groups yet; type plan to make them.\n"),
                "\(result.stdout)")
        #expect(result.stdout.contains("Groups planned: 3 groups, 2 rounds, 0 repeated pairings. Type groups to hear them.\n"), "\(result.stdout)")
        #expect(result.stdout.contains("Round 2 of 2; nobody meets anyone twice.\nGroup 1: Person 1; "), "\(result.stdout)")
        let groupLines = result.stdout.split(separator: "\n").filter { $0.hasPrefix("Group ") && !$0.hasPrefix("Groups") }
        #expect(groupLines.count == 3 && Set(groupLines.flatMap { $0.split(separator: ":")[1].split(separator: ";") }).count == 9)
    }

    @Test func withoutATerminalTheFullScreenOffersPlainMode() throws {
        let folder = TemporaryFolder()
        let agenda = Fixtures.write(Fixtures.shortMeeting, named: "short.md", in: folder)
        let result = try convene(["run", agenda], environment: ["CONVENE_HOME": folder.path + "/rec"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--plain"))
    }

    @Test func twoPlainProcessesHearEachOthersNotes() throws {
        let folder = TemporaryFolder()
        let records = folder.path + "/rec"
        let agenda = Fixtures.write(Fixtures.shortMeeting, named: "short.md", in: folder)
        let facilitator = try PipeDriver(["run", agenda, "--plain"], environment: ["CONVENE_HOME": records, "USER": "sam"])
        try facilitator.wait(for: "Type help")
        let noteTaker = try PipeDriver(["resume", "--plain"], environment: ["CONVENE_HOME": records, "USER": "maya"])
        try noteTaker.wait(for: "Type help")
        noteTaker.send("note the clinic closes at five")
        try facilitator.wait(for: "maya added a note.")
        facilitator.send("action call the clinic @Ana")
        try noteTaker.wait(for: "sam added an action for Ana: call the clinic")
        #expect(noteTaker.finish() == 0)
        #expect(facilitator.finish() == 0)
    }

    @Test func plainModeAndTheFullScreenInTmuxSeeEachOthersEvents() throws {
        let folder = TemporaryFolder()
        let records = folder.path + "/rec"
        let agenda = Fixtures.write(Fixtures.shortMeeting, named: "short.md", in: folder)
        let tmux = try Tmux(command: conveneCommand(["run", agenda], records: records))
        try tmux.wait(for: "READY")
        let plain = try PipeDriver(["resume", "--plain"], environment: ["CONVENE_HOME": records, "USER": "maya"])
        try plain.wait(for: "Type help")
        try tmux.send("Space")
        try plain.wait(for: "Item 1 of 3: Opening round, 4 seconds, started.")
        plain.send("next")
        try tmux.wait(for: "NOW 2/3")
        plain.send("pause")
        try tmux.wait(for: "PAUSED")
        try tmux.send("+")
        try plain.wait(for: "Framing extended by 1 minute.")
        #expect(plain.finish() == 0)
    }
}
