import Foundation
import Testing
@testable import ConveneCore

/// New and returning people per meeting, and each person's meetings and roles, folded oldest first.
@Suite struct ArchiveFiguresTests {
    func meeting(_ id: String, day: Double, people: [String], roles: [(String, String)] = []) -> SiteMeeting {
        var meeting = SiteMeeting(unreadableID: id)
        meeting.readable = true
        meeting.openedAt = Date(timeIntervalSince1970: day * 86400)
        meeting.date = id
        meeting.people = people
        meeting.roles = roles.map { SiteMeeting.Role(role: $0.0, person: $0.1) }
        return meeting
    }

    @Test func newAndReturningFollowTheOrderMeetingsOpened() {
        let figures = ArchiveFigures([meeting("c", day: 3, people: ["Ana", "Cy", "Di"]), meeting("a", day: 1, people: ["Ana", "Bo"]),
                                      meeting("b", day: 2, people: ["Bo", "Cy"]), SiteMeeting(unreadableID: "2026-01-01-x")])
        #expect(figures.meetings.map(\.meeting.id) == ["a", "b", "c"])
        #expect(figures.meetings.map(\.fresh) == [2, 1, 1])
        #expect(figures.meetings.map(\.returning) == [0, 1, 2])
    }

    @Test func peopleAreCountedWithFirstAndLastMeetingAndRolesByName() throws {
        let figures = ArchiveFigures([meeting("a", day: 1, people: ["Ana", "Bo"], roles: [("facilitator", "Ana"), ("note-taker", "Bo")]),
                                      meeting("b", day: 2, people: ["Ana"], roles: [("facilitator", "Ana"), ("note-taker", "Ana"), ("framer", "Zed")])])
        #expect(figures.people.map(\.name) == ["Ana", "Bo", "Zed"])
        let ana = try #require(figures.people.first)
        #expect(ana.attended == 2 && ana.firstDate == "a" && ana.lastDate == "b" && ana.rolesHeld == 3)
        #expect(ana.roleWords == "facilitator ×2, note-taker ×1")
        #expect(figures.roleHolders.map(\.name) == ["Ana", "Bo", "Zed"])
        #expect(figures.people.last?.attended == 0, "a role holder never marked present still counts as holding it")
    }
}
