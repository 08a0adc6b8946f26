import ConveneCore
import ConveneTUI
import Foundation
import Testing

/// Plain mode's sentences: one per event, and only a few as time passes.
@Suite struct AnnouncerTests {
    private let start = Date(timeIntervalSince1970: 1_788_098_400)

    private func session(_ events: [any EventPayload] = [], by: String = "sam@host") -> PlainSession {
        var session = PlainSession(meeting: Meeting(opened: MeetingOpened(id: "m", agendaFile: "v.md", agenda: Samples.visioning, roster: .empty), at: start, by: "t"), me: "sam@host")
        _ = session.receive(events.map { Event(at: start, by: by, $0) })
        return session
    }

    private func said(_ payloads: [any EventPayload], by: String = "maya@laptop:pts/3", after events: [any EventPayload] = []) -> [String] {
        var plain = session(events)
        return plain.receive(payloads.map { Event(at: start, by: by, $0) })
    }

    @Test func eachEventIsOneShortSentence() {
        #expect(said([ItemStarted(item: 0)]) == ["Item 1 of 5: Welcome and introductions, 10 minutes, started."])
        #expect(said([TimerPaused(), TimerResumed()], after: [ItemStarted(item: 0)]) == ["Paused.", "Resumed."])
        #expect(said([ItemExtended(item: 0, seconds: 120), ItemShortened(item: 0, seconds: 90), ItemSkipped(item: 3)])
            == ["Welcome and introductions extended by 2 minutes.", "Welcome and introductions shortened by 1 minute 30 seconds.", "Report back skipped."])
        #expect(said([MeetingEnded(), MeetingEnded()]) == ["The meeting has ended."])
    }

    @Test func anItemStartsWithItsPromptAndTheFacilitatorsNotes() {
        var agenda = Samples.visioning
        agenda.items[1].notes = ["- Two short stories from members", "Then the numbers"]
        let meeting = Meeting(opened: MeetingOpened(id: "m", agendaFile: "v.md", agenda: agenda, roster: .empty), at: start, by: "t")
        var plain = PlainSession(meeting: meeting, me: "sam@host")
        #expect(plain.receive([Event(at: start, by: "maya@laptop", ItemStarted(item: 1))]) == [
            "Item 2 of 5: Framing: Who does our healthcare system serve?, 15 minutes, started. "
                + "Prompt: Who does our healthcare system serve today? "
                + "Your note: Two short stories from members. Your note: Then the numbers.",
        ])
        #expect(plain.status(now: start).prefix(3) == [
            "Item 2 of 5: Framing: Who does our healthcare system serve?, 15 minutes, running, 15 minutes left.",
            "Prompt: Who does our healthcare system serve today?",
            "Your note: Two short stories from members.",
        ])
    }

    @Test func notesSayWhoAddedThemAndWhere() {
        #expect(said([NoteAdded(id: "a", text: "x", item: 2, round: 1, group: 3)]) == ["maya added a note in group 3."])
        #expect(said([NoteAdded(id: "b", kind: .idea, text: "x", item: 0)]) == ["maya added an idea."])
        #expect(said([NoteAdded(id: "c", kind: .action, text: "book the hall", item: 0, owner: "Maya")]) == ["maya added an action for Maya: book the hall"])
        #expect(said([NoteAdded(id: "d", text: "x", item: 0)], by: "sam@host") == ["You added a note."])
        #expect(said([NoteAdded(id: "e", text: "x", item: 0), NoteAdded(id: "e", text: "x", item: 0)]).count == 1)
        #expect(said([NoteEdited(id: "e", text: "y"), NoteStruck(id: "e")]) == ["maya edited a note.", "maya struck out a note."])
    }

    @Test func attendanceAndRolesAreSaidOnlyToWhoeverChangedThem() {
        let marks: [any EventPayload] = [PersonArrived(name: "Ama Owusu"), PersonArrived(name: "Sam", walkIn: true, late: true),
                                         PersonArrived(name: "Kofi", late: true), PersonMarkedAbsent(name: "Zoë"), PersonLeft(name: "Kofi")]
        #expect(said(marks, by: "sam@host") == ["Ama Owusu is here.", "Sam is here (walk-in, late).", "Kofi is here (late).",
                                                 "Zoë is marked absent.", "Kofi has left."])
        #expect(said(marks) == [])
        let roles: [any EventPayload] = [RoleAssigned(slot: RoleSlot(.item(0), role: "opener"), person: "Ama Owusu"),
                                         RoleCleared(slot: RoleSlot(.meeting, role: "facilitator"))]
        #expect(said(roles, by: "sam@host") == ["Ama Owusu takes opener (item 1).", "Nobody holds facilitator now."])
        #expect(said(roles) == [])
        let rotation = Rotation(people: ["A", "B", "C", "D"], rounds: [[["A", "B"], ["C", "D"]], [["A", "C"], ["B", "D"]]], lowerBound: 0, seed: 1)
        let groups: [any EventPayload] = [GroupsPlanned(item: 2, rotation: rotation), GroupsRoundChanged(item: 2, round: 1, groups: [["A", "D"], ["B", "C"]])]
        #expect(said(groups, by: "sam@host") == ["Groups planned: 2 groups, 2 rounds, 0 repeated pairings. Type groups to hear them.",
                                                  "Round 2 of the groups changed."])
        #expect(said(groups) == [])
    }

    @Test func eventsThatChangeNothingSayNothing() {
        #expect(said([TimerPaused()]) == [])
        #expect(said([TimerResumed(), ItemStarted(item: 1)], after: [MeetingEnded()]) == [])
        #expect(said([ItemStarted(item: 99), ItemSkipped(item: -1)]) == [])
    }

    @Test func timeSaysWarningTimeUpAndEveryFiveMinutesOverButNoTicks() {
        let running = session([ItemStarted(item: 0)])
        let at = { (seconds: Double) in self.start.addingTimeInterval(seconds) }
        #expect(running.tick(from: at(0), to: at(479)) == [])
        #expect(running.tick(from: at(479), to: at(480)) == ["2 minutes left."])
        #expect(running.tick(from: at(480), to: at(599)) == [])
        #expect(running.tick(from: at(599), to: at(600)) == ["Time is up."])
        #expect(running.tick(from: at(600), to: at(899)) == [])
        #expect(running.tick(from: at(899), to: at(900)) == ["Time is up, 5 minutes over."])
        #expect(running.tick(from: at(1199), to: at(1200)) == ["Time is up, 10 minutes over."])
        #expect(running.tick(from: at(0), to: at(1200)) == ["Time is up, 10 minutes over."])
    }

    @Test func theNextAnnouncementIsWhenTheNextSentenceIsDue() {
        let running = session([ItemStarted(item: 0)])
        #expect(Announcer.nextAnnouncement(running.meeting, after: start.addingTimeInterval(10)) == start.addingTimeInterval(480))
        #expect(Announcer.nextAnnouncement(running.meeting, after: start.addingTimeInterval(500)) == start.addingTimeInterval(600))
        #expect(Announcer.nextAnnouncement(running.meeting, after: start.addingTimeInterval(3700)) == start.addingTimeInterval(3900))
        #expect(Announcer.nextAnnouncement(session().meeting, after: start) == nil)
    }

    @Test func cuesAreSaidDuringTheItem() {
        var agenda = Samples.visioning
        agenda.items[0].cueSeconds = 120
        var meeting = Meeting(opened: MeetingOpened(id: "m", agendaFile: "v.md", agenda: agenda, roster: .empty), at: start, by: "t")
        meeting.apply(Event(at: start, by: "t", ItemStarted(item: 0)))
        #expect(Announcer.sentences(meeting, from: start.addingTimeInterval(239), to: start.addingTimeInterval(240)) == ["Cue 2: 4 minutes in."])
        #expect(Announcer.sentences(meeting, from: start.addingTimeInterval(100), to: start.addingTimeInterval(130)) == ["Cue 1: 2 minutes in."])
        #expect(Announcer.nextAnnouncement(meeting, after: start.addingTimeInterval(130)) == start.addingTimeInterval(240))
        #expect(Announcer.nextAnnouncement(meeting, after: start.addingTimeInterval(250)) == start.addingTimeInterval(360))
    }

    @Test func durationsAreSpokenInWords() {
        #expect(SpokenDuration.say(0) == "0 seconds")
        #expect(SpokenDuration.say(1) == "1 second")
        #expect(SpokenDuration.say(61) == "1 minute 1 second")
        #expect(SpokenDuration.say(3600 + 120) == "1 hour 2 minutes")
        #expect(SpokenDuration.say(-30) == "30 seconds")
    }
}
