import ConveneCore
import ConveneTUI
import Foundation
import Testing

/// The review screen as pictures at 60x18 and 120x40, and its keys.
@Suite struct ReviewViewPictureTests {
    private let start = Date(timeIntervalSince1970: 1_788_098_400)

    /// The sample record; `newer` names events from a newer convene that its log also holds.
    private func record(newer: [String] = []) -> MeetingRecord {
        let plan = Agenda(title: "Visioning", items: [AgendaItem(title: "Welcome", seconds: 600), AgendaItem(title: "山田の議題", seconds: 1200)])
        var meeting = Meeting(opened: MeetingOpened(id: "2026-08-30-visioning", agendaFile: "v.md", agenda: plan,
                                                    roster: Roster(people: [Person(name: "Zoë", tags: ["member"]), Person(name: "Bo")])), at: start, by: "t")
        let events: [(TimeInterval, any EventPayload)] = [
            (0, ItemStarted(item: 0)), (60, NoteAdded(id: "a", kind: .action, text: "Book hall", item: 0, owner: "Zoë")),
            (70, NoteAdded(id: "b", text: "Rent\u{1B}[2J is high", item: 1, round: 1, group: 2)), (900, ItemStarted(item: 1)), (2000, MeetingEnded()),
        ]
        for (offset, payload) in events { meeting.apply(Event(at: start.addingTimeInterval(offset), by: "Ana", payload)) }
        for kind in newer { meeting.apply(Event(at: start, by: "Ana", UnknownEvent(originalType: kind, line: #"{"type":"\#(kind)"}"#))) }
        return MeetingRecord(meeting: meeting, now: start.addingTimeInterval(3000))
    }

    private func state() -> ReviewState {
        ReviewState(meetings: [MeetingSummary(record: record()), MeetingSummary(unreadableID: "2026-08-01-old")])
    }

    @Test func meetingsListAt60x18() {
        let lines = ReviewView.render(state(), size: Size(width: 60, height: 18)).lines
        #expect(lines[0] == DisplayWidth.pad(" Records · 2 meeting(s) · newest first", to: 60))
        #expect(lines[1] == DisplayWidth.pad("▶ 2026-08-30  Visioning  · 2 people · 2 notes · ended", to: 60))
        #expect(lines[2] == "  2026-08-01  (unreadable l…  · 0 people · 0 notes · damaged")
        #expect(lines[17] == DisplayWidth.pad(" ↑↓ choose  Enter open  f follow-ups  / search  q quit", to: 60))
    }

    @Test func timelineAndKeysFitAt60x18() {
        let plan = Agenda(title: "Visioning", items: [AgendaItem(title: "Framing: Who does our healthcare system serve?", seconds: 900),
                                                       AgendaItem(title: "Report back", seconds: 600)])
        var meeting = Meeting(opened: MeetingOpened(id: "2026-08-30-visioning", agendaFile: "v.md", agenda: plan, roster: .empty), at: start, by: "t")
        meeting.apply(Event(at: start, by: "Ana", ItemStarted(item: 0)))
        var s = state()
        s.open(MeetingRecord(meeting: meeting, now: start.addingTimeInterval(60)))
        let lines = ReviewView.render(s, size: Size(width: 60, height: 18)).lines
        #expect(lines[4] == DisplayWidth.pad(" 2  Report back                    10:00    —       not run", to: 60))
        #expect(lines[17] == DisplayWidth.pad(" Tab tabs  ↑↓ scroll  e export  / search  Esc back  q quit", to: 60))
    }

    @Test func aLongNoteWrapsAt60ColumnsWithEveryWordShown() {
        let long = "Everyone in the county deserves care close to home, in their own language, without a bill that follows them for years afterwards"
        var meeting = Meeting(opened: MeetingOpened(id: "2026-08-30-visioning", agendaFile: "v.md",
                                                    agenda: Agenda(title: "Visioning", items: [AgendaItem(title: "Breakouts", seconds: 900)]),
                                                    roster: .empty), at: start, by: "t")
        meeting.apply(Event(at: start, by: "Ana", NoteAdded(id: "n", text: long, item: 0)))
        var s = state()
        s.open(MeetingRecord(meeting: meeting, now: start))
        _ = s.update(key: .character("5"))
        let lines = ReviewView.render(s, size: Size(width: 60, height: 18)).lines
        let body = lines[3...].prefix { $0.hasPrefix("   ") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(body.count == 3, "\(lines.joined(separator: "\n"))")
        #expect(body.joined(separator: " ").split(separator: " ").joined(separator: " ") == long)
        #expect(body.dropFirst().allSatisfy { $0.hasPrefix("     ") }, "the rest of the note hangs under its start")
    }

    @Test func openRecordTabsAt120x40() {
        var s = state()
        #expect(s.update(key: .enter) == [.open("2026-08-30-visioning")])
        s.open(record())
        let size = Size(width: 120, height: 40)
        var buffer = ReviewView.render(s, size: size)
        #expect(buffer.lines[0].hasPrefix(" Visioning · 2026-08-30-visioning · ended"))
        #expect(buffer.lines[1].hasPrefix("[1 Timeline] 2 Attendance  3 Roles  4 Groups  5 Notes  6 Actions & follow-ups "))
        #expect(buffer.lines[3].hasPrefix(" 1  Welcome     10:00    15:00   over"))
        #expect(buffer.styleLines[3].hasPrefix("wwwww"))
        #expect(buffer.lines[4].hasPrefix(" 2  山田の議題  20:00    18:20"))
        _ = s.update(key: .character("5"))
        buffer = ReviewView.render(s, size: size)
        #expect(buffer.lines[4] == DisplayWidth.pad(" 2. 山田の議題 · round 1 group 2 · note · Ana", to: 120))
        #expect(buffer.lines[5] == DisplayWidth.pad(#"   Rent\e[2J is high"#, to: 120))
        _ = s.update(key: .tab)
        #expect(ReviewView.render(s, size: size).lines[3].hasPrefix(" • [qy4nms] Book hall — owner: Zoë · open"))
        _ = s.update(key: .character("3"))
        #expect(ReviewView.render(s, size: size).lines[2].hasPrefix(" none recorded"))
        #expect(s.update(key: .character("e")) == [.export("2026-08-30-visioning")])
        _ = s.update(key: .escape)
        #expect(s.record == nil)
    }

    @Test func timelineSaysHowManyEventsFromANewerConveneAreKeptAt120x40() {
        var s = state()
        s.open(record(newer: ["poll.opened", "poll.closed\u{1B}[2J", "poll.opened"]))
        let buffer = ReviewView.render(s, size: Size(width: 120, height: 40))
        #expect(buffer.lines[2] == DisplayWidth.pad(#" ! 3 events from a newer convene (kinds: poll.closed\e[2J, poll.opened) kept unchanged"#, to: 120))
        #expect(buffer.styleLines[2].hasPrefix("wwwww"))
        #expect(buffer.lines[3].hasPrefix(" #  Item"))
        #expect(buffer.lines[4].hasPrefix(" 1  Welcome     10:00    15:00   over"))
        s.open(record(newer: ["poll.opened"]))
        #expect(ReviewView.render(s, size: Size(width: 120, height: 40)).lines[2]
            == DisplayWidth.pad(" ! 1 event from a newer convene (kinds: poll.opened) kept unchanged", to: 120))
    }

    @Test func narrowTabLineShowsTheCurrentTabInBrackets() {
        var s = state()
        s.open(record())
        _ = s.update(key: .character("2"))
        let lines = ReviewView.render(s, size: Size(width: 60, height: 18)).lines
        #expect(lines[1] == DisplayWidth.pad("[2/6 Attendance]  Tab/←→ or 1-6", to: 60))
        #expect(lines[3] == DisplayWidth.pad(" Zoë  [member]", to: 60))
    }

    @Test func attendanceRolesAndGroupsTabsShowWhatTheLogRecorded() throws {
        let plan = Agenda(title: "Visioning", roles: ["facilitator"], items: [
            AgendaItem(title: "Groups", seconds: 600, breakout: BreakoutPlan(sizing: .groupCount(2)), groupRoles: ["reporter"]),
        ])
        let names = ["Zoë", "王小明", "Bo", "Ama"]
        var meeting = Meeting(opened: MeetingOpened(id: "2026-08-30-visioning", agendaFile: "v.md", agenda: plan,
                                                    roster: Roster(people: names.map { Person(name: $0) })), at: start, by: "t")
        let rotation = try RotationPlanner.plan(RotationRequest(people: names.map { Person(name: $0) }, sizing: .groupCount(2), rounds: 1, seed: 1))
        let events: [any EventPayload] = [
            PersonArrived(name: "Zoë"), PersonArrived(name: "王小明"), ItemStarted(item: 0), PersonArrived(name: "Bo", late: true),
            RoleAssigned(slot: RoleSlot(.meeting, role: "facilitator"), person: "王小明"), GroupsPlanned(item: 0, rotation: rotation),
        ]
        for payload in events { meeting.apply(Event(at: start, by: "Ana", payload)) }
        var s = state()
        s.open(MeetingRecord(meeting: meeting, now: start.addingTimeInterval(60)))
        let size = Size(width: 60, height: 18)
        _ = s.update(key: .character("2"))
        let attendance = ReviewView.render(s, size: size).lines
        #expect(attendance[2] == DisplayWidth.pad(" Attended: 3 of 4 expected", to: 60))
        #expect(attendance[3] == DisplayWidth.pad(" Zoë     present", to: 60))
        #expect(attendance[4] == DisplayWidth.pad(" 王小明  present", to: 60))
        #expect(attendance[5] == DisplayWidth.pad(" Bo      present, late", to: 60))
        #expect(attendance[6] == DisplayWidth.pad(" Ama     expected", to: 60))
        _ = s.update(key: .character("3"))
        #expect(ReviewView.render(s, size: size).lines[2] == DisplayWidth.pad(" facilitator: 王小明", to: 60))
        _ = s.update(key: .character("4"))
        let groups = ReviewView.render(s, size: size)
        #expect(groups.lines[2].hasPrefix(" 1. Groups · 0 repeated pairings, lower bound 0"))
        #expect(groups.lines[3].hasPrefix("   Round 1"))
        #expect(groups.lines[4].hasPrefix("     Group 1: "))
        #expect(groups.lines[5].hasPrefix("     Group 2: "))
        #expect(!groups.contains("none recorded"))
    }

    @Test func slashTypesASearchAndResultsOpenTheirMeeting() {
        var s = state()
        for key in [Key.character("/"), .character("r"), .character("x"), .backspace, .character("e")] { #expect(s.update(key: key).isEmpty) }
        #expect(ReviewView.render(s, size: Size(width: 60, height: 18)).lines[17].hasPrefix(" Search: re▏"))
        #expect(s.update(key: .enter) == [.search("re")])
        s.found([NoteSearch.Hit(meeting: "2026-08-30-visioning", meetingTitle: "Visioning", item: 2, itemTitle: "山田の議題", place: "room",
                                kind: "note", author: "Ana", text: "Rent", at: start)])
        #expect(ReviewView.render(s, size: Size(width: 60, height: 18)).lines[1] == "▶ 2026-08-30-visioning · 山田の議題 · room · note · Ana: Ren")
        #expect(s.update(key: .enter) == [.open("2026-08-30-visioning")])
        s.open(record())
        #expect(s.tab == .notes)
        s.found([])
        #expect(s.notice == "No notes match.")
    }
}
