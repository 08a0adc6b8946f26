import ConveneCore
import Foundation
import Testing

/// A record carries what attendance, roles and breakouts recorded, in every human format.
@Suite struct MeetingRecordPeopleTests {
    private let at = Date(timeIntervalSince1970: 1_788_098_400)

    private func record() -> MeetingRecord {
        let agenda = Agenda(title: "Visioning", roles: ["facilitator"], items: [
            AgendaItem(title: "Breakouts", seconds: 1200, breakout: BreakoutPlan(sizing: .groupsOf(2), rounds: 1)),
        ])
        let roster = Roster(people: [Person(name: "Ana", tags: ["member"]), Person(name: "李静"), Person(name: "Zoë")])
        var meeting = Meeting(opened: MeetingOpened(id: "2026-08-30-visioning", agendaFile: "a.md", agenda: agenda, roster: roster), at: at, by: "f")
        let payloads: [any EventPayload] = [
            PersonArrived(name: "Ana"), PersonArrived(name: "李静"), PersonMarkedAbsent(name: "Zoë"),
            PersonArrived(name: "Kofi", tags: ["new"], walkIn: true, late: true),
            RoleAssigned(slot: RoleSlot(.meeting, role: "facilitator"), person: "Ana"),
            GroupsPlanned(item: 0, rotation: Rotation(people: ["Ana", "Kofi", "李静"], rounds: [[["Ana", "Kofi"], ["李静"]]], lowerBound: 0, seed: 1)),
        ]
        for payload in payloads { meeting.apply(Event(at: at, by: "f", payload)) }
        return MeetingRecord(meeting: meeting, now: at)
    }

    @Test func attendanceCountsWhoCameNotWhoWasExpected() {
        let record = record()
        #expect(record.attendance.isRecorded)
        #expect(record.attendance.count == 3)
        #expect(record.roles.distinctHolders == 1)
        let text = RecordText.render(record)
        #expect(text.contains("Attendance (3 attended of 4)"))
        #expect(text.contains("Kofi"))
        #expect(text.contains("present, late, walk-in"))
        #expect(text.contains("absent"))
        #expect(text.contains("facilitator: Ana"))
        #expect(text.contains("Group 1: Ana · Kofi"))
    }

    @Test func markdownAndHTMLCarryRolesAndGroups() {
        let record = record()
        let markdown = RecordMarkdown.render(record)
        #expect(markdown.contains("## Roles"))
        #expect(markdown.contains("- Group 2: 李静"))
        let html = RecordHTML.render(record)
        #expect(html.contains(">Breakout groups</h2>"))
        #expect(html.contains("<th scope=\"row\" class=\"nowrap\">Group 1</th><td>Ana, Kofi</td>"))
        let csv = RecordCSV.attendance(record)
        #expect(csv.contains("Kofi,new,no,present,yes,yes"))
    }
}
