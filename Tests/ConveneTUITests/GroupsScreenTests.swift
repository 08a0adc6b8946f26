import ConveneCore
import ConveneTUI
import Foundation
import Testing

/// The breakout screen: planning, live changes and locks become events; the view shows rounds as pictures.
@Suite struct GroupsScreenTests {
    private let start = Date(timeIntervalSince1970: 1_788_098_400)

    private func state(people: Int = 43, _ payloads: [any EventPayload] = []) -> FacilitatorState {
        let roster = Roster(people: (1...people).map { Person(name: $0 % 3 == 0 ? "名前\($0)" : "Person \($0)") })
        var meeting = Meeting(opened: MeetingOpened(id: "m", agendaFile: "v.md", agenda: Samples.visioning, roster: roster), at: start, by: "t")
        for payload in payloads { meeting.apply(Event(at: start, by: "t", payload)) }
        var state = FacilitatorState(meeting: meeting, timeZone: TimeZone(identifier: "UTC")!)
        state.screen = .groups
        return state
    }

    /// Applies the events an update asked for, as the log would.
    private func applying(_ effects: [Effect], to state: inout FacilitatorState) {
        for case .append(let payloads) in effects {
            state.receive(payloads.map { Event(at: start, by: "t", $0) })
        }
    }

    @Test func planningWritesEveryRoundAndTheViewShowsThem() throws {
        var screen = state()
        let effects = screen.update(key: .character("P"), now: start)
        #expect(effects.flatMap(\.appendedTypes) == ["groups.planned"])
        applying(effects, to: &screen)
        let schedule = try #require(screen.meeting.breakouts[2])
        #expect(schedule.rotation.rounds.count == 2)
        #expect(schedule.rotation.rounds.allSatisfy { $0.joined().count == 43 })
        #expect(schedule.rotation.rounds[0].allSatisfy { (4...5).contains($0.count) })
        let wide = GroupsView.render(screen, size: Size(width: 120, height: 40), now: start)
        #expect(wide.lines[0].hasPrefix(" Groups · 3 Breakouts: What does a just healthcare system look like?"))
        #expect(wide.lines[2].hasPrefix(" Round 1 of 2"))
        #expect(wide.contains("lower bound 0 · 43 people"))
        #expect(wide.contains(" Group 9 · "))
        let narrow = GroupsView.render(screen, size: Size(width: 60, height: 18), now: start)
        #expect(narrow.lines.allSatisfy { DisplayWidth.of($0) == 60 })
        #expect(narrow.lines[17].hasPrefix(" ◀ ▶ round  ↑ ↓ more  P plan  m move  ? all keys  Esc back"))
    }

    @Test func groupRoleHoldersSitInTheGroupTheyServeEveryRound() throws {
        let hold = { (group: Int, role: String, person: String) -> any EventPayload in
            RoleAssigned(slot: RoleSlot(.group(item: 2, group: group), role: role), person: person)
        }
        var screen = state(people: 20, [hold(1, "facilitator", "Person 20"), hold(1, "note-taker", "Person 19"),
                                        hold(3, "facilitator", "Person 1"), hold(4, "note-taker", "Person 2")])
        let planned = screen.update(key: .character("P"), now: start)
        applying(planned, to: &screen)
        let rotation = try #require(screen.meeting.breakouts[2]?.rotation)
        for round in rotation.rounds {
            #expect(round[0].contains("Person 20") && round[0].contains("Person 19"), "\(round)")
            #expect(round[2].contains("Person 1") && round[3].contains("Person 2"), "\(round)")
        }
        #expect(rotation.lowerBound == 4 && rotation.repeats == 4, "\(rotation.lowerBound) \(rotation.repeats)")
        let view = GroupsView.render(screen, size: Size(width: 120, height: 40), now: start)
        #expect(!view.contains("this round)"), "a holder was shown sitting in another group")
    }

    @Test func sameAsLastRoundMoveAndLock() throws {
        var screen = state(people: 12)
        applying(screen.update(key: .character("P"), now: start), to: &screen)
        _ = screen.update(key: .right, now: start)
        let same = screen.update(key: .character("="), now: start)
        #expect(same.flatMap(\.appendedTypes) == ["groups.round.changed"])
        applying(same, to: &screen)
        let rotation = try #require(screen.meeting.breakouts[2]?.rotation)
        #expect(rotation.rounds[1] == rotation.rounds[0])
        _ = screen.update(key: .character("m"), now: start)
        #expect(screen.groupsPage.moving != nil)
        let moving = GroupsView.render(screen, size: Size(width: 80, height: 24), now: start)
        #expect(moving.contains("→ group 1"))
        _ = screen.update(key: .right, now: start)
        let moved = screen.update(key: .enter, now: start)
        applying(moved, to: &screen)
        let first = rotation.rounds[1][0][0]
        let after = try #require(screen.meeting.breakouts[2]?.rotation.rounds[1])
        #expect(after[1].contains(first))
        let lock = screen.update(key: .character("L"), now: start)
        applying(lock, to: &screen)
        #expect(screen.meeting.breakouts[2]?.locked == [1])
    }

    @Test func lateArrivalsAreSeatedWithoutMovingAnyone() throws {
        var screen = state(people: 12, (1...9).map { PersonArrived(name: $0 % 3 == 0 ? "名前\($0)" : "Person \($0)") })
        applying(screen.update(key: .character("P"), now: start), to: &screen)
        let before = try #require(screen.meeting.breakouts[2]?.rotation.rounds[0])
        #expect(before.joined().count == 9)
        screen.receive([Event(at: start, by: "t", PersonArrived(name: "Person 10"))])
        let seated = screen.update(key: .character("j"), now: start)
        applying(seated, to: &screen)
        let after = try #require(screen.meeting.breakouts[2]?.rotation.rounds[0])
        #expect(after.joined().count == 10)
        for group in before { #expect(after.contains { Set(group).isSubset(of: Set($0)) }) }
    }

    @Test func everyGroupOfALargeRoomIsReachableAt60x18AndNamesStayWhole() throws {
        var screen = state()
        applying(screen.update(key: .character("P"), now: start), to: &screen)
        let size = Size(width: 60, height: 18)
        let groups = try #require(screen.meeting.breakouts[2]?.rotation.rounds[0])
        var seen = Set<String>()
        for _ in groups.indices {
            let buffer = GroupsView.render(screen, size: size, now: start)
            let names = buffer.lines.flatMap { $0.split(separator: "·").map { $0.trimmingCharacters(in: .whitespaces) } }
            seen.formUnion(names.filter { name in groups.joined().contains(name) })
            _ = screen.update(key: .down, now: start)
        }
        #expect(seen == Set(groups.joined()), "every name appears whole on some screen")
        let last = GroupsView.render(screen, size: size, now: start)
        #expect(last.contains(" Group \(groups.count) · "))
        _ = screen.update(key: .up, now: start)
        screen.groupsPage.firstGroup = 0
        #expect(GroupsView.render(screen, size: size, now: start).lines[16].hasPrefix(" some groups are off screen: ↑ ↓ scroll"))
    }

    @Test func aGroupRoleHolderSeatedElsewhereIsShownWhereTheyAre() throws {
        var screen = state(people: 12)
        applying(screen.update(key: .character("P"), now: start), to: &screen)
        let round = try #require(screen.meeting.breakouts[2]?.rotation.rounds[0])
        let elsewhere = round[1][0]
        screen.receive([Event(at: start, by: "t", RoleAssigned(slot: RoleSlot(.group(item: 2, group: 1), role: "facilitator"), person: elsewhere)),
                        Event(at: start, by: "t", RoleAssigned(slot: RoleSlot(.group(item: 2, group: 2), role: "facilitator"), person: elsewhere))])
        let buffer = GroupsView.render(screen, size: Size(width: 60, height: 40), now: start)
        #expect(buffer.contains("facilitator: \(elsewhere) (in group 2 this round)"))
        #expect(buffer.lines.filter { $0.contains("facilitator: \(elsewhere)") }.count == 2)
    }

    @Test func moveListDoesNotWriteOverTheFiguresAt60Columns() {
        var screen = state(people: 12)
        applying(screen.update(key: .character("P"), now: start), to: &screen)
        _ = screen.update(key: .character("m"), now: start)
        let lines = GroupsView.render(screen, size: Size(width: 60, height: 18), now: start).lines
        #expect(lines[3].hasSuffix(" · 12 people "))
        #expect(lines[4] == DisplayWidth.pad(" Move someone: choose a person, then the group they go to.", to: 60))
        #expect(lines[5].hasPrefix(" ▶ "))
    }

    @Test func helpOnTheGroupsScreenListsItsKeys() {
        var screen = state()
        _ = screen.update(key: .character("?"), now: start)
        let help = FacilitatorView.render(screen, size: Size(width: 60, height: 18), now: start)
        for text in ["Keys · groups", "↑ / ↓  scroll", "P      plan", "m      move", "L      lock", "j      seat late arrivals", "Any key closes this help."] {
            #expect(help.contains(text), "\(text)")
        }
    }

    @Test func anAgendaWithoutBreakoutsSaysHowToAddOneInFullAt60Columns() {
        var screen = FacilitatorState(meeting: Meeting(opened: MeetingOpened(id: "m", agendaFile: "v.md", agenda: Agenda(title: "T", items: [AgendaItem(title: "a", seconds: 60)]), roster: .empty), at: start, by: "t"), timeZone: TimeZone(identifier: "UTC")!)
        screen.screen = .groups
        let text = GroupsView.render(screen, size: Size(width: 60, height: 18), now: start).lines.joined(separator: " ")
        #expect(text.split(separator: " ").joined(separator: " ").contains("This agenda has no breakout item (add 'breakout: groups of 5' to one)."))
    }

    @Test func keysNeedAPlanFirstAndSaySo() {
        var screen = state()
        #expect(screen.update(key: .character("="), now: start).isEmpty)
        #expect(screen.notice == "no groups yet: P plans them")
        let empty = GroupsView.render(screen, size: Size(width: 60, height: 18), now: start)
        #expect(empty.contains("No groups yet for the 43 people here."))
    }
}
