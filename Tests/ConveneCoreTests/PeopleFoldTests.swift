import Foundation
import Testing
@testable import ConveneCore

/// Attendance and roles are folded from events and survive a trip through a real log.
@Suite struct PeopleFoldTests {
    func opened(_ roster: Roster) -> MeetingOpened {
        let agenda = Agenda(title: "People", roles: ["facilitator", "note-taker"], items: [
            AgendaItem(title: "Open", seconds: 300, roles: ["opener"]),
            AgendaItem(title: "Talk", seconds: 600, breakout: BreakoutPlan(sizing: .groupsOf(5)), groupRoles: ["reporter"]),
        ])
        return MeetingOpened(id: "", agendaFile: "a.md", agenda: agenda, roster: roster)
    }

    @Test func attendanceAndRolesRoundTripThroughTheLog() throws {
        let roster = try RosterParser.parse(try Fixtures.bytes("roster-43.txt"), file: "roster-43.txt")
        let folder = NSTemporaryDirectory() + "convene-people-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let records = RecordsFolder(root: folder)
        let id = try records.create(opened: opened(roster), day: AgendaDate(year: 2026, month: 8, day: 30), at: at(0), by: "t")
        let names = roster.people.map(\.name)
        var payloads: [any EventPayload] = names.prefix(12).map { PersonArrived(name: $0) }
        payloads += [
            PersonArrived(name: "Ngozi 新人", tags: ["new"], walkIn: true, late: true),
            PersonMarkedAbsent(name: names[12]), PersonLeft(name: names[1]),
            PersonLeft(name: "nobody at all"), PersonArrived(name: "not on the roster"),
            RoleAssigned(slot: RoleSlot(.meeting, role: "facilitator"), person: names[0]),
            RoleAssigned(slot: RoleSlot(.group(item: 1, group: 2), role: "reporter"), person: "Ngozi 新人"),
            RoleAssigned(slot: RoleSlot(.item(0), role: "opener"), person: names[2]),
            RoleCleared(slot: RoleSlot(.item(0), role: "opener")),
        ]
        try records.log(id).append(payloads.enumerated().map { Event(at: at(Double($0.offset)), by: "t", $0.element) })
        let meeting = try #require(Meeting.replay(try records.log(id).read().events))
        #expect(meeting.roster.people.count == 43)
        #expect(meeting.attendance.walkIns == [Person(name: "Ngozi 新人", tags: ["new"])])
        #expect(meeting.attendance.record(of: "Ngozi 新人") == .init(mark: .present, late: true))
        #expect(meeting.attendance.record(of: names[12]).mark == .absent)
        #expect(meeting.attendance.record(of: names[1]).mark == .left)
        #expect(meeting.attendance.record(of: names[20]).mark == .expected)
        #expect(meeting.attendance.records["nobody at all"] == nil && meeting.attendance.records["not on the roster"] == nil)
        #expect(meeting.presentPeople.count == 12)
        #expect(meeting.roleHolders == [RoleSlot(.meeting, role: "facilitator"): names[0],
                                        RoleSlot(.group(item: 1, group: 2), role: "reporter"): "Ngozi 新人"])
        let index = RecordsIndex(records: records)
        #expect(index.roleHistory(now: at(0)).entries == [RoleHistory.Entry(meeting: id, role: "facilitator", person: names[0]),
                                                          RoleHistory.Entry(meeting: id, role: "reporter", person: "Ngozi 新人")])
        #expect(index.roleHistory(excluding: id, now: at(0)).entries.isEmpty)
    }

    @Test func groupSlotsFollowThePlanAndWhoIsPresent() {
        let roster = Roster(people: (1...23).map { Person(name: "P\($0)") })
        var meeting = Meeting(opened: opened(roster), at: at(0), by: "t")
        // 23 in fives: the planner makes 5 groups (5, 5, 5, 4, 4), so there are slots for 5.
        #expect(meeting.roleSlots.map(\.label) == ["facilitator", "note-taker", "opener (item 1)"]
            + (1...5).map { "reporter (item 2, group \($0))" })
        for n in 1...11 { meeting.apply(Event(at: at(1), by: "t", PersonArrived(name: "P\(n)"))) }
        #expect(meeting.roleSlots.count == 5)
    }

    @Test func slotsAreFlatInTheLog() throws {
        let line = EventCodec.encode(Event(at: at(0), by: "t", RoleAssigned(slot: RoleSlot(.group(item: 1, group: 3), role: "reporter"), person: "Zoë")))
        #expect(String(decoding: line, as: UTF8.self).contains("\"slot\":{\"group\":3,\"item\":1,\"role\":\"reporter\"}"))
        let back = try EventCodec.decode(line.dropLast()).payload as? RoleAssigned
        #expect(back?.slot == RoleSlot(.group(item: 1, group: 3), role: "reporter"))
    }
}
