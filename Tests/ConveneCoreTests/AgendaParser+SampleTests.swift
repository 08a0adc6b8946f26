import Testing
@testable import ConveneCore

/// Every file under `agendas/` parses, and reads the way its author meant.
@Suite struct AgendaSampleTests {
    @Test(arguments: ["visioning.md", "training.md", "phone-zap.md"])
    func sampleAgendaIsValid(name: String) throws {
        #expect(agendaErrors(try Fixtures.bytes(name), file: name) == [])
    }

    @Test func visioningMeeting() throws {
        let agenda = try Fixtures.agenda("visioning.md")
        #expect(agenda.title == "Envisioning a Just Healthcare System")
        #expect(agenda.date == AgendaDate(year: 2026, month: 8, day: 30, minuteOfDay: 14 * 60))
        #expect(agenda.place == "Zoom (the link is in the invitation email)")
        #expect(agenda.roles == ["facilitator", "note-taker", "timekeeper", "vibes-watcher"])
        #expect(agenda.warn == .percent(20))
        #expect(agenda.description.hasPrefix("Second of two visioning meetings. Welcome new members!\n"))
        #expect(agenda.totalSeconds == 2 * 3600)
        #expect(agenda.items.map(\.title) == [
            "Welcome and introductions",
            "Framing: Who does our healthcare system serve?",
            "Breakouts: What does a just healthcare system look like?",
            "Report back",
            "Next steps and one-to-ones",
        ])
        #expect(agenda.items.map(\.seconds) == [600, 900, 3000, 1500, 1200])
        #expect(agenda.items.map(\.roles) == [["opener"], ["framer"], [], [], []])
        #expect(agenda.items[1].prompt == "Who does our healthcare system serve today?")

        let breakouts = agenda.items[2]
        #expect(breakouts.breakout == BreakoutPlan(sizing: .groupsOf(5), rounds: 2))
        #expect(breakouts.breakout?.secondsPerRound(itemSeconds: breakouts.seconds) == 1500)
        #expect(breakouts.groupRoles == ["facilitator", "note-taker"])
        #expect(breakouts.prompt?.hasPrefix("Imagine a system with no racial disparities") == true)
        #expect(breakouts.notes.count == 2)
        #expect(agenda.items[0].notes == ["- Names, pronouns, one word for how you arrive", "- Read the community agreements together"])
        #expect(agenda.items.allSatisfy { $0.cueSeconds == nil })
    }

    @Test func trainingSession() throws {
        let agenda = try Fixtures.agenda("training.md")
        #expect(agenda.title == "One-to-one conversations: a training")
        #expect(agenda.date?.text == "2026-09-12 10:00")
        #expect(agenda.warn == .percent(15))
        #expect(agenda.totalSeconds == 2 * 3600)
        #expect(agenda.items.map(\.title) == [
            "Welcome and agenda review", "Why one-to-ones?", "Practice: the organizing conversation",
            "Break", "Debrief with the presenter", "Commitments and evaluation",
        ])
        #expect(agenda.items[1].roles == ["guest presenter"])
        #expect(agenda.items[4].roles == ["guest presenter", "facilitator"])

        let practice = agenda.items[2]
        #expect(practice.breakout == BreakoutPlan(sizing: .groupCount(6), rounds: 2, roundSeconds: 720))
        #expect(practice.breakout?.secondsPerRound(itemSeconds: practice.seconds) == 720)
        #expect(practice.groupRoles == ["organizer", "listener", "observer"])
        // A capitalised `Word:` line that is no key is the facilitator's text, kept as a note.
        #expect(practice.notes.first == "Materials: printed role cards for every group")

        // The comment spanning two lines shows nowhere, and the lines after it keep their numbers.
        #expect(!agenda.description.contains("role cards"))
        #expect(agenda.description.hasPrefix("A training for new and returning members"))
        #expect(agenda.items[0].line == 12)
        #expect(agenda.items[3].title == "Break" && agenda.items[3].notes.isEmpty && agenda.items[3].line == 30)
    }

    @Test func phoneZap() throws {
        let agenda = try Fixtures.agenda("phone-zap.md")
        #expect(agenda.totalSeconds == 8 * 3600)
        #expect(agenda.warn == .seconds(120))
        #expect(agenda.roles == ["call captain", "script keeper", "tally keeper"])
        #expect(agenda.items.map(\.seconds) == [900, 9900, 2700, 10800, 4500])
        #expect(agenda.items.map(\.cueSeconds) == [nil, 600, nil, 600, 900])
        #expect(agenda.items[0].prompt == "\"I am calling to ask the board to keep the maternity ward open.\"")
        #expect(agenda.items[1].prompt == "Call the board office: 555-0142")
    }

    @Test func sampleAgendaSurvivesTheLogAsItWasRead() throws {
        let agenda = try Fixtures.agenda("training.md")
        let opened = Event(at: meetingStart, by: "fac", MeetingOpened(id: "x", agendaFile: "training.md", agenda: agenda, roster: .empty))
        let decoded = try EventCodec.decode(EventCodec.encode(opened).dropLast())
        #expect((decoded.payload as? MeetingOpened)?.agenda == agenda)
    }
}
