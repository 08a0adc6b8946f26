import ConveneCore
import ConveneTUI
import Foundation
import Testing

/// The attendance and roles screens: keys become events, and a 43-name roster in many scripts lines up.
@Suite struct PeopleScreensTests {
    private let start = Date(timeIntervalSince1970: 1_788_098_400)
    static let names = ["Ama Owusu", "王小明", "김민준", "فاطمة الزهراء", "Алексей Смирнов", "प्रिया शर्मा", "Νίκος Παπαδόπουλος", "דוד לוי"]
        + (9...43).map { "Member \($0)" }

    private func state(present: Int = 43) -> FacilitatorState {
        let roster = Roster(people: Self.names.enumerated().map {
            Person(name: $0.element, tags: $0.offset == 0 ? ["facilitator"] : [], pronouns: "they/them", attributes: ["email": "x\($0.offset)@example.org"])
        })
        let agenda = Agenda(title: "Visioning", roles: ["facilitator", "note-taker"], items: [
            AgendaItem(title: "Open", seconds: 300, roles: ["opener"]),
            AgendaItem(title: "Groups", seconds: 900, breakout: BreakoutPlan(sizing: .groupCount(2)), groupRoles: ["reporter"]),
        ])
        var meeting = Meeting(opened: MeetingOpened(id: "m", agendaFile: "v.md", agenda: agenda, roster: roster), at: start, by: "t")
        for name in Self.names.prefix(present) { meeting.apply(Event(at: start, by: "t", PersonArrived(name: name))) }
        meeting.apply(Event(at: start, by: "t", RoleAssigned(slot: RoleSlot(.meeting, role: "facilitator"), person: "王小明")))
        return FacilitatorState(meeting: meeting, timeZone: TimeZone(identifier: "UTC")!)
    }

    private func apply(_ effects: [Effect], to state: inout FacilitatorState) {
        for case .append(let payloads) in effects {
            state.receive(payloads.map { Event(at: start, by: "t", $0) })
        }
    }

    @Test(arguments: [Size(width: 60, height: 18), Size(width: 120, height: 40)])
    func attendanceAlignsNamesInEveryScript(size: Size) {
        var s = state(present: 5)
        _ = s.update(key: .character("a"), now: start)
        let lines = FacilitatorView.render(s, size: size, now: start).lines
        #expect(lines[0].hasPrefix(" Attendance · 5 present of 43"))
        #expect(lines[2].hasPrefix("▸ Ama Owusu"))
        let columns = lines[2..<10].map { line in DisplayWidth.of(String(line.prefix { $0 != "✓" && $0 != "·" })) }
        #expect(Set(columns).count == 1, "the mark column starts at the same column for every script: \(columns)")
        #expect(lines[6].contains("✓  present") && lines[7].contains("·  not marked"))
        #expect(lines.allSatisfy { DisplayWidth.of($0) == size.width })
        #expect(!lines.joined().contains("they/them") && !lines.joined().contains("@example.org"))
    }

    @Test(arguments: [Size(width: 60, height: 18), Size(width: 120, height: 40)])
    func rolesShowEverySlotAligned(size: Size) {
        var s = state()
        _ = s.update(key: .character("r"), now: start)
        let lines = FacilitatorView.render(s, size: size, now: start).lines
        #expect(lines[0].hasPrefix(" Roles · 1 of 5 filled"))
        #expect(lines[2].hasPrefix("▸ facilitator") && lines[2].contains("王小明"))
        #expect(lines[6].contains("reporter (item 2, group 2)") && lines[6].contains("— empty"))
        let holderColumns = lines[2...6].map { line in DisplayWidth.of(String(line.prefix { $0 != "王" && $0 != "—" })) }
        #expect(Set(holderColumns).count == 1)
        _ = s.update(key: .enter, now: start)
        let picker = FacilitatorView.render(s, size: size, now: start).lines
        #expect(picker[0].hasPrefix(" Who holds facilitator?"))
        #expect(picker[3].hasPrefix("▸ 王小明") && picker[3].contains("holds 1"))
    }

    @Test func attendanceKeysAppendEventsAndAgendaKeysDoNothing() {
        var s = state(present: 0)
        _ = s.update(key: .character("a"), now: start)
        #expect(s.update(key: .character("n"), now: start).isEmpty, "n is not next item here")
        apply(s.update(key: .character(" "), now: start), to: &s)
        #expect(s.meeting.attendance.isPresent("Ama Owusu"))
        apply(s.update(key: .character("l"), now: start), to: &s)
        #expect(s.meeting.attendance.record(of: "Ama Owusu").mark == .left)
        _ = s.update(key: .character("w"), now: start)
        for c in "Zainab q / new" { _ = s.update(key: .character(c), now: start) }
        let effects = s.update(key: .enter, now: start)
        #expect(effects.flatMap(\.appendedTypes) == ["person.arrived"])
        apply(effects, to: &s)
        #expect(s.meeting.attendance.walkIns == [Person(name: "Zainab q", tags: ["new"])])
        #expect(s.update(key: .escape, now: start).isEmpty && s.screen == .agenda)
    }

    @Test func arrivalsAfterTheFirstItemStartedAreLate() {
        var s = state(present: 0)
        s.receive([Event(at: start, by: "t", ItemStarted(item: 0))])
        _ = s.update(key: .character("a"), now: start)
        apply(s.update(key: .enter, now: start), to: &s)
        #expect(s.meeting.attendance.record(of: "Ama Owusu") == .init(mark: .present, late: true))
        #expect(FacilitatorView.render(s, size: Size(width: 60, height: 18), now: start).lines[2].contains("✓  present, late"))
        _ = s.update(key: .character("w"), now: start)
        for c in "王小明" { _ = s.update(key: .character(c), now: start) }
        apply(s.update(key: .enter, now: start), to: &s)
        #expect(s.meeting.attendance.walkIns.isEmpty, "a roster name typed as a walk-in is only marked present")
        #expect(s.meeting.attendance.isPresent("王小明"))
    }

    private func type(_ text: String, into s: inout FacilitatorState) {
        for c in text { _ = s.update(key: .character(c), now: start) }
    }

    @Test func slashFindsSomeoneByTheStartOfAnyOfTheirNamesAndEnterMarksThemPresent() {
        var s = state(present: 0)
        _ = s.update(key: .character("a"), now: start)
        type("/смир", into: &s)
        #expect(s.people.attendanceCursor == 4, "Алексей Смирнов, by the start of the family name")
        let size = Size(width: 60, height: 18)
        #expect(FacilitatorView.render(s, size: size, now: start).lines[17].hasPrefix(" Find (Enter marks present, Esc closes): смир▏"))
        let effects = s.update(key: .enter, now: start)
        #expect(effects.flatMap(\.appendedTypes) == ["person.arrived"])
        apply(effects, to: &s)
        #expect(s.meeting.attendance.isPresent("Алексей Смирнов") && s.people.find == nil)
        type("/nikos", into: &s)
        #expect(s.people.attendanceCursor == 4, "nobody fits nikos (Νίκος is in Greek letters), so the cursor stays put")
        _ = s.update(key: .escape, now: start)
        type("/νικ", into: &s)
        #expect(s.people.attendanceCursor == 6, "Νίκος Παπαδόπουλος, accents aside")
        _ = s.update(key: .escape, now: start)
        #expect(s.screen == .attendance && s.people.find == nil, "Esc closes the field, not the screen")
        type("/zzz", into: &s)
        #expect(FacilitatorView.render(s, size: size, now: start).lines[17].contains("zzz▏  nobody fits"))
        #expect(s.update(key: .enter, now: start).isEmpty)
        #expect(s.notice == "nobody on the list fits that name; w adds a walk-in")
        type("/", into: &s)
        #expect(s.update(key: .enter, now: start).isEmpty && s.people.find == nil)
        #expect(s.notice == nil, "Enter on an empty find field only closes it")
        type("/алекс", into: &s)
        #expect(s.update(key: .enter, now: start).isEmpty)
        #expect(s.notice == "Алексей Смирнов is already present")
    }

    @Test func slashInTheRolesPickerFindsWhoGetsTheRole() {
        var s = state(present: 12)
        _ = s.update(key: .character("r"), now: start)
        _ = s.update(key: .enter, now: start)
        type("/member 1", into: &s)
        #expect(s.people.picking?.cursor == 9, "Member 10, the first whose name begins so")
        #expect(FacilitatorView.render(s, size: Size(width: 60, height: 18), now: start).lines[17].hasPrefix(" Find (Enter gives the role, Esc closes): member 1▏"))
        apply(s.update(key: .enter, now: start), to: &s)
        #expect(s.meeting.roleHolders[RoleSlot(.meeting, role: "facilitator")] == "Member 10")
        #expect(s.people.picking == nil && s.people.find == nil)
    }

    @Test func rolesKeysAssignSwapClearAndSuggest() {
        var s = state(present: 4)
        _ = s.update(key: .character("r"), now: start)
        _ = s.update(key: .down, now: start)
        _ = s.update(key: .enter, now: start)
        _ = s.update(key: .down, now: start)
        apply(s.update(key: .enter, now: start), to: &s)
        let facilitator = RoleSlot(.meeting, role: "facilitator"), noteTaker = RoleSlot(.meeting, role: "note-taker")
        #expect(s.meeting.roleHolders[noteTaker] == "王小明")
        _ = s.update(key: .character("x"), now: start)
        _ = s.update(key: .up, now: start)
        _ = s.update(key: .character("x"), now: start)
        #expect(s.meeting.roleHolders[facilitator] == "王小明")
        apply(s.update(key: .character("x"), now: start) + s.update(key: .down, now: start) + s.update(key: .character("x"), now: start), to: &s)
        apply(s.update(key: .character("c"), now: start), to: &s)
        #expect(s.meeting.roleHolders[noteTaker] == nil)
        apply(s.update(key: .character("s"), now: start), to: &s)
        #expect(s.meeting.roleHolders[noteTaker] == "Ama Owusu")
        apply(s.update(key: .character("S"), now: start), to: &s)
        #expect(s.meeting.roleHolders.count == 5)
        #expect(s.update(key: .character("a"), now: start).isEmpty && s.screen == .attendance)
        #expect(s.update(key: .character("r"), now: start).isEmpty && s.screen == .roles)
        #expect(Set(s.meeting.roleHolders.values).isSubset(of: Self.names.prefix(4)))
    }

    @Test func agendaStatusLineNamesTheNewKeysWhenWide() {
        let lines = FacilitatorView.render(state(), size: Size(width: 120, height: 40), now: start).lines
        #expect(lines[39].contains("a attendance  r roles"))
    }

    @Test func projectorNeverShowsPronounsOrContacts() {
        var s = state()
        _ = s.update(key: .character("p"), now: start)
        let text = FacilitatorView.render(s, size: Size(width: 120, height: 40), now: start).lines.joined()
        #expect(s.screen == .projector)
        #expect(!text.contains("they/them") && !text.contains("@example.org"))
    }

    @Test func narrowStatusLinesKeepTheWayBackAndHelpForTheScreen() {
        let size = Size(width: 60, height: 18)
        for (key, title) in [(Character("a"), "Keys · attendance"), ("r", "Keys · roles")] {
            var s = state()
            _ = s.update(key: .character(key), now: start)
            let status = FacilitatorView.render(s, size: size, now: start).lines[17]
            #expect(status.contains("? keys") && status.contains("Esc") && !status.contains("…"), "\(status)")
            _ = s.update(key: .character("?"), now: start)
            let help = FacilitatorView.render(s, size: size, now: start)
            #expect(help.contains(title) && help.contains("Esc    back to the agenda") && help.contains("Any key closes this help."))
        }
    }

    @Test func theSwapInstructionStaysWhileMovingToTheSecondRole() {
        var s = state()
        _ = s.update(key: .character("r"), now: start)
        _ = s.update(key: .character("x"), now: start)
        _ = s.update(key: .down, now: start)
        let status = FacilitatorView.render(s, size: Size(width: 60, height: 18), now: start).lines[17]
        #expect(status.hasPrefix(" ⇄ swap: move to the other role and press x (Esc cancels)"))
    }
}

@Suite struct NameFieldTests {
    @Test func typesBackspacesAcceptsAndCancels() {
        var field = NameField(prompt: "Name: ")
        for c in "Zoëx" { #expect(field.handle(.character(c)) == .editing) }
        #expect(field.handle(.backspace) == .editing)
        #expect(field.handle(.up) == .editing)
        #expect(field.handle(.enter) == .accepted("Zoë"))
        #expect(field.handle(.escape) == .cancelled)
        for _ in 0..<100 { _ = field.handle(.character("a")) }
        #expect(field.text.count == NameField.maxLength)
    }
}
