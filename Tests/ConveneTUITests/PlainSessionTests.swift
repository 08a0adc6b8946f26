import ConveneCore
import ConveneTUI
import Foundation
import Testing

/// Typed commands produce the same facts as the facilitator's keys, and answers from the meeting.
@Suite struct PlainSessionTests {
    private let start = Date(timeIntervalSince1970: 1_788_098_400)

    private func session(_ events: [any EventPayload] = []) -> PlainSession {
        var meeting = Meeting(opened: MeetingOpened(id: "m", agendaFile: "v.md", agenda: Samples.visioning, roster: .empty), at: start, by: "t")
        for payload in events { meeting.apply(Event(at: start, by: "t", payload)) }
        return PlainSession(meeting: meeting, me: "sam")
    }

    private func types(_ line: String, _ plain: inout PlainSession) -> [String] {
        plain.handle(line, now: start, noteID: "n1").effects.flatMap(\.appendedTypes)
    }

    @Test func timerWordsAppendTheTimerEvents() {
        var ready = session()
        #expect(types("start", &ready) == ["item.started"])
        #expect(ready.handle("pause", now: start, noteID: "n").say == ["Not running."])
        var running = session([ItemStarted(item: 1)])
        #expect(types("pause", &running) == ["timer.paused"])
        #expect(types("next", &running) == ["item.started"])
        #expect(types("back", &running) == ["item.started"])
        #expect(types("skip", &running) == ["item.skipped", "item.started"])
        #expect(types("extend 3", &running) == ["item.extended"])
        #expect(types("shorten", &running) == ["item.shortened"])
        var paused = session([ItemStarted(item: 1), TimerPaused()])
        #expect(types("start", &paused) == ["timer.resumed"])
    }

    @Test func notesAndActionsBecomeNoteAddedWithTheGivenID() throws {
        var plain = session([ItemStarted(item: 2)])
        let effects = plain.handle("action book the hall @Maya", now: start, noteID: "abc").effects
        guard case .append(let payloads) = try #require(effects.first), let note = payloads.first as? NoteAdded else {
            Issue.record("no note appended")
            return
        }
        #expect(note == NoteAdded(id: "abc", kind: .action, text: "book the hall", item: 2, owner: "Maya"))
    }

    @Test func anOwnerOfSeveralWordsIsTheRosterNameTheyMatch() throws {
        let roster = Roster(people: [Person(name: "Ana María Ruiz"), Person(name: "Li Wei")])
        var meeting = Meeting(opened: MeetingOpened(id: "m", agendaFile: "v.md", agenda: Samples.visioning, roster: roster), at: start, by: "t")
        meeting.apply(Event(at: start, by: "t", ItemStarted(item: 1)))
        var plain = PlainSession(meeting: meeting, me: "sam")
        let effects = plain.handle("action call the clinic @ana maría ruiz", now: start, noteID: "a").effects
        guard case .append(let payloads) = try #require(effects.first), let note = payloads.first as? NoteAdded else {
            Issue.record("no note appended")
            return
        }
        #expect(note.owner == "Ana María Ruiz")
        #expect(note.text == "call the clinic")
        let withStop = plain.handle("action bring the flyers @LI WEI.", now: start, noteID: "c").effects
        guard case .append(let more) = try #require(withStop.first), let second = more.first as? NoteAdded else {
            Issue.record("no note appended for a name ending a sentence")
            return
        }
        #expect(second.owner == "Li Wei")
        let refused = plain.handle("action ask @Sam to book the hall", now: start, noteID: "b")
        #expect(refused.effects.isEmpty)
        #expect(refused.say == ["No one called Sam to book the hall is in this meeting. Put who will do it last, after @, for example: action book the hall @Maya"])
    }

    @Test func aNoteTakerInAGroupWritesNotesToThatGroup() throws {
        var plain = session([ItemStarted(item: 2)])
        plain.place = (round: 2, group: 3)
        let effects = plain.handle("note we want clinics open late", now: start, noteID: "g").effects
        guard case .append(let payloads) = try #require(effects.first), let note = payloads.first as? NoteAdded else {
            Issue.record("no note appended")
            return
        }
        #expect(note == NoteAdded(id: "g", text: "we want clinics open late", item: 2, round: 2, group: 3))
    }

    @Test func endingAsksFirstAndOnlyYesEnds() {
        var plain = session([ItemStarted(item: 4)])
        #expect(plain.handle("next", now: start, noteID: "n").say == ["This is the last item. End the meeting? Type yes to end it, anything else to go on."])
        #expect(types("yes", &plain) == ["meeting.ended"])
        #expect(plain.handle("yes", now: start, noteID: "n").say == ["Nothing to confirm."])
        _ = plain.handle("skip", now: start, noteID: "n")
        #expect(types("yes", &plain) == ["item.skipped", "meeting.ended"])
        _ = plain.handle("end", now: start, noteID: "n")
        _ = plain.handle("status", now: start, noteID: "n")
        #expect(types("yes", &plain) == [])
    }

    @Test func statusAnswersAtAnyTime() {
        let running = session([ItemStarted(item: 0)])
        #expect(running.status(now: start.addingTimeInterval(90)) == [
            "Item 1 of 5: Welcome and introductions, 10 minutes, running, 8 minutes 30 seconds left.",
            "Next: Framing: Who does our healthcare system serve?",
        ])
        #expect(running.status(now: start.addingTimeInterval(630)).first == "Item 1 of 5: Welcome and introductions, 10 minutes, running, 30 seconds over.")
        #expect(session().status(now: start).first == "Item 1 of 5: Welcome and introductions, 10 minutes, not started.")
        #expect(session([ItemStarted(item: 0), MeetingEnded()]).status(now: start) == ["The meeting has ended."])
    }

    @Test func statusOfAnItemPausedOverTimeSaysPausedAndOver() {
        var meeting = Meeting(opened: MeetingOpened(id: "m", agendaFile: "v.md", agenda: Samples.visioning, roster: .empty), at: start, by: "t")
        meeting.apply(Event(at: start, by: "t", ItemStarted(item: 0)))
        meeting.apply(Event(at: start.addingTimeInterval(792), by: "t", TimerPaused()))
        let plain = PlainSession(meeting: meeting, me: "sam")
        #expect(plain.status(now: start.addingTimeInterval(2000)).first
            == "Item 1 of 5: Welcome and introductions, 10 minutes, paused, 3 minutes 12 seconds over.")
    }

    @Test func rolesAndGroupsComeFromTheCurrentItem() {
        #expect(session().roles == ["Roles for Welcome and introductions: opener."])
        #expect(session().groups == ["Welcome and introductions has no breakout groups."])
        let breakout = session([ItemStarted(item: 2)])
        #expect(breakout.roles == ["Breakouts: What does a just healthcare system look like? has no roles.", "In each group: facilitator, note-taker."])
        #expect(breakout.groups == ["Breakouts: What does a just healthcare system look like? breaks out in groups of 5, 2 rounds of 20 minutes."])
    }

    @Test func aDamagedLogRefusesWritesButStillAnswers() {
        var plain = session()
        plain.readOnlyReason = "line 3 is unreadable"
        #expect(plain.handle("start", now: start, noteID: "n").say == ["Read-only: line 3 is unreadable"])
        #expect(plain.handle("status", now: start, noteID: "n").say.count == 2)
    }
}
