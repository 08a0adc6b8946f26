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
        let firstName = plain.handle("action print the flyers @ana", now: start, noteID: "d").effects
        guard case .append(let third) = try #require(firstName.first), let byFirstName = third.first as? NoteAdded else {
            Issue.record("no note appended for a first name")
            return
        }
        #expect(byFirstName.owner == "Ana María Ruiz", "the only Ana in the room")
        let refused = plain.handle("action ask @Sam to book the hall", now: start, noteID: "b")
        #expect(refused.effects.isEmpty)
        #expect(refused.say == ["No one called Sam to book the hall is in this meeting. Put who will do it last, after @, for example: action book the hall @Maya"])
    }

    private func roomOf(_ names: [String], _ events: [any EventPayload] = []) -> PlainSession {
        let roster = Roster(people: names.map { Person(name: $0) })
        var meeting = Meeting(opened: MeetingOpened(id: "m", agendaFile: "v.md", agenda: Samples.visioning, roster: roster), at: start, by: "t")
        for payload in events { meeting.apply(Event(at: start, by: "t", payload)) }
        return PlainSession(meeting: meeting, me: "sam")
    }

    private func appended(_ line: String, _ plain: inout PlainSession) -> [any EventPayload] {
        plain.handle(line, now: start, noteID: "n").effects.flatMap { effect -> [any EventPayload] in
            if case .append(let payloads) = effect { return payloads }
            return []
        }
    }

    @Test func attendanceIsTakenByTypedNamesForgivingCaseAndAccents() {
        var plain = roomOf(["María José Hernández", "María López", "Okafor, Amara", "Li Wei", "鈴木一郎", "Ama Owusu", "Amara Diallo"])
        #expect(appended("here 鈴木", &plain).first as? PersonArrived == PersonArrived(name: "鈴木一郎"))
        #expect(appended("here ama", &plain).first as? PersonArrived == PersonArrived(name: "Ama Owusu"))
        #expect(plain.handle("here am", now: start, noteID: "n").say == ["Several people match am: Ama Owusu; Amara Diallo. Type more of the name."])
        #expect(appended("here maria jose", &plain).first as? PersonArrived == PersonArrived(name: "María José Hernández"))
        #expect(appended("here OKAFOR", &plain).first as? PersonArrived == PersonArrived(name: "Okafor, Amara"))
        #expect(appended("absent li wei", &plain).first as? PersonMarkedAbsent == PersonMarkedAbsent(name: "Li Wei"))
        let several = plain.handle("here maría", now: start, noteID: "n")
        #expect(several.effects.isEmpty)
        #expect(several.say == ["Several people match maría: María José Hernández; María López. Type more of the name."])
        var crowd = roomOf((1...10).map { "Ana \($0)" })
        #expect(crowd.handle("here ana", now: start, noteID: "n").say
            == ["Several people match ana: Ana 1; Ana 2; Ana 3; Ana 4; Ana 5; Ana 6; Ana 7; Ana 8; and 2 more. Type more of the name."])
        let nobody = plain.handle("here Zed", now: start, noteID: "n")
        #expect(nobody.effects.isEmpty)
        #expect(nobody.say == ["No one called Zed is on the roster. To add someone who is not, type: walk-in Zed"])
    }

    @Test func attendanceMarksFollowTheAttendanceScreensRules() {
        var plain = roomOf(["Ama Owusu", "Kofi"], [PersonArrived(name: "Kofi"), ItemStarted(item: 0)])
        #expect(appended("here ama owusu", &plain).first as? PersonArrived == PersonArrived(name: "Ama Owusu", late: true))
        #expect(plain.handle("here kofi", now: start, noteID: "n").say == ["Kofi is already here."])
        #expect(plain.handle("left ama owusu", now: start, noteID: "n").say == ["Only someone who is here can leave; Ama Owusu is not marked yet."])
        #expect(appended("left kofi", &plain).first as? PersonLeft == PersonLeft(name: "Kofi"))
        let walkIn = appended("walk-in Sam Rivera / new member", &plain).first as? PersonArrived
        #expect(walkIn == PersonArrived(name: "Sam Rivera", tags: ["new", "member"], walkIn: true, late: true))
        #expect(appended("walk-in Kofi", &plain).first as? PersonArrived == PersonArrived(name: "Kofi", late: true))
        var closed = roomOf(["Ama Owusu"], [MeetingEnded()])
        #expect(closed.handle("here ama", now: start, noteID: "n").say == ["The meeting has ended."])
    }

    @Test func attendanceSaysWhoStandsWhereInRosterOrder() {
        let plain = roomOf(["Ama Owusu", "Okafor, Amara", "Kofi", "Li Wei", "Zoë"],
                           [PersonArrived(name: "Kofi"), ItemStarted(item: 0), PersonArrived(name: "Ama Owusu", late: true),
                            PersonArrived(name: "Li Wei"), PersonLeft(name: "Li Wei"), PersonMarkedAbsent(name: "Zoë"),
                            PersonArrived(name: "Sam", walkIn: true, late: true)])
        #expect(plain.attendance == [
            "3 of 6 here, 2 of them late; 1 left early; 1 absent; 1 not marked yet.",
            "Here: Ama Owusu (late); Kofi; Sam (late).",
            "Left early: Li Wei.",
            "Absent: Zoë.",
            "Not marked yet: Okafor, Amara.",
        ])
        #expect(roomOf([]).attendance == ["Nobody is on the roster yet. Type walk-in NAME to add someone who is here."])
    }

    @Test func roleNumbersStayPutWhileTheGroupCountGrows() {
        var agenda = Samples.visioning
        agenda.items[3].roles = ["reporter"]
        let roster = Roster(people: (1...12).map { Person(name: "P\($0)") })
        var meeting = Meeting(opened: MeetingOpened(id: "m", agendaFile: "v.md", agenda: agenda, roster: roster), at: start, by: "t")
        meeting.apply(Event(at: start, by: "t", PersonArrived(name: "P1")))
        meeting.apply(Event(at: start, by: "t", PersonArrived(name: "P2")))
        let before = PlainSession(meeting: meeting, me: "sam").roles
        #expect(before[5] == "5. reporter (item 4): nobody yet.")
        for n in 3...12 { meeting.apply(Event(at: start, by: "t", PersonArrived(name: "P\(n)"))) }
        let after = PlainSession(meeting: meeting, me: "sam").roles
        #expect(after.count == before.count + 2)
        #expect(Array(after.dropFirst().prefix(before.count - 1)) == Array(before.dropFirst()))
        #expect(after.last == "9. note-taker (item 3, group 2): nobody yet.")
    }

    @Test func rolesAreGivenClearedAndSuggestedByNumber() {
        var plain = roomOf(["Ama Owusu", "Kofi", "Li Wei"], [PersonArrived(name: "Ama Owusu"), PersonArrived(name: "Kofi"),
                                                             RoleAssigned(slot: RoleSlot(.meeting, role: "note-taker"), person: "Kofi")])
        #expect(appended("give 3 ama", &plain).first as? RoleAssigned == RoleAssigned(slot: RoleSlot(.item(0), role: "opener"), person: "Ama Owusu"))
        #expect(plain.handle("give 2 kofi", now: start, noteID: "n").say == ["Kofi already holds note-taker."])
        #expect(plain.handle("give 1 li wei", now: start, noteID: "n").say == ["Li Wei is not marked here. Type here Li Wei first."])
        #expect(plain.handle("give 1 zed", now: start, noteID: "n").say == ["No one called zed is here."])
        #expect(plain.handle("give 9 kofi", now: start, noteID: "n").say == ["There is no role number 9; type roles for the list."])
        #expect(appended("clear 2", &plain).first as? RoleCleared == RoleCleared(slot: RoleSlot(.meeting, role: "note-taker")))
        #expect(plain.handle("clear 1", now: start, noteID: "n").say == ["Nobody holds facilitator."])
        let suggested = appended("suggest", &plain).compactMap { $0 as? RoleAssigned }
        #expect(suggested.count == 5 && !suggested.contains { $0.slot == RoleSlot(.meeting, role: "note-taker") })
        // Kofi holds a role already, so the first empty one goes to Ama, as the r screen's suggestion would.
        #expect(suggested.first == RoleAssigned(slot: RoleSlot(.meeting, role: "facilitator"), person: "Ama Owusu"))
        var nobody = roomOf(["Ama Owusu"])
        #expect(nobody.handle("suggest", now: start, noteID: "n").say == ["Nobody is marked here yet; type here NAME for each person first."])
    }

    @Test func groupsArePlannedAndReadOutOneGroupALine() throws {
        let names = ["Ama", "Bo", "Cy", "Di", "Ed", "Flo"]
        var plain = roomOf(names)
        let title = "Breakouts: What does a just healthcare system look like?"
        #expect(plain.groups(round: nil, now: start) == ["\(title) breaks out in groups of 5, 2 rounds of 20 minutes.",
                                                        "No groups yet; type plan to make them."])
        #expect(plain.handle("seat", now: start, noteID: "n").say == ["No groups yet; type plan to make them."])
        let planned = try #require(appended("plan", &plain).first as? GroupsPlanned)
        #expect(planned.item == 2 && planned.rounds.count == 2)
        plain.meeting.apply(Event(at: start, by: "sam", planned))
        let said = plain.groups(round: 1, now: start)
        #expect(said.prefix(2) == ["\(title) breaks out in groups of 5, 2 rounds of 20 minutes.",
                                   "Round 2 of 2; 15 repeated pairings in all, and no plan can have fewer than 15."])
        #expect(Array(said.dropFirst(2)) == planned.rounds[1].enumerated().map { "Group \($0.offset + 1): \($0.element.joined(separator: "; "))." })
        #expect(plain.groups(round: 4, now: start).last == "There is no round 5; there are 2.")
        #expect(plain.handle("seat", now: start, noteID: "n").say == ["Everyone here is already in a group in round 1."])
        plain.meeting.apply(Event(at: start, by: "sam", PersonArrived(name: "Gus", walkIn: true)))
        plain.meeting.apply(Event(at: start, by: "sam", PersonArrived(name: "Ama")))
        let seated = appended("seat", &plain).compactMap { $0 as? GroupsRoundChanged }
        #expect(seated.map(\.round) == [0, 1] && seated.allSatisfy { $0.groups.joined().contains("Gus") })
        #expect(session([ItemStarted(item: 4)]).groups(round: nil, now: start).first == "\(title) breaks out in groups of 5, 2 rounds of 20 minutes.")
        let pairs = Rotation(people: ["A", "B", "C", "D"], rounds: [[["A", "B"], ["C", "D"]], [["A", "C"], ["B", "D"]]], lowerBound: 0, seed: 1)
        #expect(session([GroupsPlanned(item: 2, rotation: pairs)]).groups(round: nil, now: start).dropFirst()
            == ["Round 1 of 2; nobody meets anyone twice.", "Group 1: A; B.", "Group 2: C; D."])
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

    @Test func rolesAreNumberedWithTheirHolders() {
        #expect(session([RoleAssigned(slot: RoleSlot(.item(0), role: "opener"), person: "Ama")]).roles == [
            "6 roles, 1 held. give N NAME gives one, clear N empties it, suggest fills the empty ones.",
            "1. facilitator: nobody yet.",
            "2. note-taker: nobody yet.",
            "3. opener (item 1): Ama.",
            "4. framer (item 2): nobody yet.",
            "5. facilitator (item 3, group 1): nobody yet.",
            "6. note-taker (item 3, group 1): nobody yet.",
        ])
    }

    @Test func aDamagedLogRefusesWritesButStillAnswers() {
        var plain = session()
        plain.readOnlyReason = "line 3 is unreadable"
        #expect(plain.handle("start", now: start, noteID: "n").say == ["Read-only: line 3 is unreadable"])
        #expect(plain.handle("status", now: start, noteID: "n").say.count == 2)
    }
}
