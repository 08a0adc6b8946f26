import Foundation
import Testing
@testable import ConveneCore

/// Proposing organizers for one-to-ones: new people first, the lightest load first, relationships spread, new
/// people given experienced organizers, and nobody who already has an organizer proposed again.
@Suite struct OneToOnePlannerTests {
    private func person(_ name: String, _ tags: [String] = []) -> AttendanceSection.Person {
        AttendanceSection.Person(name: name, tags: tags, mark: "present", late: false, walkIn: false)
    }

    private func followUp(_ id: String, meeting: String = "m0", organizer: String, person: String, status: FollowThrough.Status = .open,
                          day: Double = 1) -> FollowUpItem {
        FollowUpItem(id: id, meeting: meeting, meetingTitle: "t", series: "s", note: id, kind: "follow-up", text: "talk", holder: organizer,
                     person: person, status: status, openedAt: Date(timeIntervalSince1970: day * 86400))
    }

    private func plan(_ attendees: [AttendanceSection.Person], organizers: [String], facilitators: Set<String> = [],
                      items: [FollowUpItem] = [], visits: [String: Int] = [:]) -> OneToOnePlanner.Plan {
        var history = OneToOneHistory()
        for item in items { history.add(item) }
        history.visits = visits
        return OneToOnePlanner.plan(meeting: "m9", attendees: attendees, organizers: organizers, facilitators: facilitators, items: items, history: history)
    }

    @Test func newPeopleFirstAndLoadSpreadEvenly() {
        let attendees = [person("Ana", ["member"]), person("Bo"), person("Cy", ["new"]), person("Di"), person("Ed"), person("Kofi", ["member"])]
        let result = plan(attendees, organizers: ["Ana", "Kofi"], visits: ["Bo": 2, "Di": 1, "Ed": 3])
        #expect(result.proposals.map(\.person) == ["Cy", "Bo", "Di", "Ed"])
        #expect(result.proposals.map(\.isNew) == [true, false, false, false])
        #expect(result.proposals.map(\.organizer) == ["Ana", "Kofi", "Ana", "Kofi"])
        #expect(result.loadAfter == ["Ana": 2, "Kofi": 2])
    }

    @Test func someoneNeverSeenBeforeCountsAsNew() {
        let result = plan([person("Bo"), person("Walk-in")], organizers: ["Ana"], visits: ["Bo": 1])
        #expect(result.proposals.map(\.person) == ["Walk-in", "Bo"])
    }

    @Test func theLightestLoadComesFirstThenWhoTheyHaveNotTalkedWith() {
        let items = [followUp("a", organizer: "Ana", person: "Zed"), followUp("b", organizer: "Kofi", person: "Bo", status: .done),
                     followUp("c", organizer: "Lee", person: "Yan", status: .dropped)]
        let result = plan([person("Bo"), person("Cy")], organizers: ["Ana", "Kofi", "Lee"], items: items, visits: ["Bo": 1, "Cy": 1])
        // Ana holds one open item; Kofi talked with Bo before; Lee's dropped one neither loads nor counts as a talk.
        #expect(result.proposals.map(\.organizer) == ["Lee", "Kofi"])
        #expect(result.proposals.map(\.organizerLoad) == [0, 0])
        #expect(result.proposals[1].talkedBefore == 0)
        let again = plan([person("Bo")], organizers: ["Kofi"], items: items, visits: ["Bo": 1])
        #expect(again.proposals.first?.talkedBefore == 1)
    }

    @Test func whoTalkedWithThemLeastRecentlyBreaksTies() {
        let items = [followUp("a", organizer: "Ana", person: "Bo", status: .done, day: 9), followUp("b", organizer: "Kofi", person: "Bo", status: .done, day: 2)]
        #expect(plan([person("Bo")], organizers: ["Ana", "Kofi"], items: items, visits: ["Bo": 2]).proposals.first?.organizer == "Kofi")
    }

    @Test func aNewPersonGetsAnExperiencedOrganizer() {
        let done = (1...2).map { followUp("d\($0)", organizer: "Kofi", person: "P\($0)", status: .done) }
        #expect(plan([person("Cy", ["new"])], organizers: ["Ana", "Kofi"], items: done).proposals.first?.organizer == "Kofi")
        #expect(plan([person("Cy", ["new"])], organizers: ["Ana", "Lee"], facilitators: ["Lee"]).proposals.first?.organizer == "Lee")
        #expect(plan([person("Bo")], organizers: ["Ana", "Lee"], facilitators: ["Lee"], visits: ["Bo": 1]).proposals.first?.organizer == "Ana")
    }

    @Test func anyoneWithAnOrganizerIsLeftAloneAndNobodyTalksToThemselves() {
        let items = [followUp("x", meeting: "m1", organizer: "Ana", person: "Bo"),
                     followUp("y", meeting: "m9", organizer: "Kofi", person: "Cy", status: .done),
                     followUp("z", meeting: "m1", organizer: "Kofi", person: "Di", status: .done)]
        let result = plan([person("Ana"), person("Bo"), person("Cy"), person("Di")], organizers: ["Ana", "Kofi"], items: items)
        #expect(result.existing == [OneToOnePlanner.Existing(person: "Bo", organizer: "Ana", id: "x"),
                                    OneToOnePlanner.Existing(person: "Cy", organizer: "Kofi", id: "y")])
        #expect(result.proposals.map(\.person) == ["Di"])
    }

    @Test func thePlanInWords() {
        let result = plan([person("Bo"), person("山田 花子", ["new"])], organizers: ["Ana"], items: [followUp("k7q2xm", organizer: "Ana", person: "Zed")],
                          visits: ["Bo": 1])
        #expect(result.text(title: "Visioning\u{1B}[2J", meeting: "m9", written: false, rosterStoodIn: false) == """
            One-to-ones after Visioning\\e[2J (m9)
            Proposed (2); nothing is written until you run this again with --write:
              new  山田 花子  → Ana  (held 1 open; first one-to-one together)
                   Bo         → Ana  (held 2 open; first one-to-one together)
            Open items per organizer after this plan: Ana 3
            """)
        let none = plan([person("Bo")], organizers: ["Ana"], items: [followUp("k7q2xm", organizer: "Ana", person: "Bo")])
        #expect(none.text(title: "V", meeting: "m9", written: true, rosterStoodIn: true) == """
            One-to-ones after V (m9)
            Attendance was not marked at this meeting, so everyone on its roster counts as having come.
            Every attendee already has an organizer; nothing to propose.
            Already have an organizer (1):
                   Bo  → Ana  (k7q2xm)
            """)
    }
}
