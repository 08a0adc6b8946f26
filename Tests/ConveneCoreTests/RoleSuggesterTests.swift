import Testing
@testable import ConveneCore

@Suite struct RoleSuggesterTests {
    let slots = [RoleSlot(.meeting, role: "facilitator"), RoleSlot(.meeting, role: "note-taker"),
                 RoleSlot(.meeting, role: "timekeeper"), RoleSlot(.item(0), role: "opener")]

    /// Ten meetings of one group of twelve, a different few absent each time: everyone present gets a role
    /// before anyone gets a third.
    @Test func tenMeetingsSpreadRolesBeforeAnyoneGetsAThird() {
        let group = (1...12).map { Person(name: "M\($0)", tags: $0 <= 2 ? ["facilitator"] : $0 >= 11 ? ["new"] : ["member"]) }
        var history = RoleHistory()
        var attended = Set<String>()
        for meeting in 0..<10 {
            let present = group.enumerated().filter { ($0.offset + meeting) % 5 != 0 }.map(\.element)
            attended.formUnion(present.map(\.name))
            let holders = RoleSuggester.suggest(slots: slots, holders: [:], present: present, history: history)
            #expect(holders.count == slots.count)
            #expect(Set(holders.values).count == slots.count, "nobody holds two")
            #expect(Set(holders.values).isSubset(of: present.map(\.name)), "never someone absent")
            let counts = history.countsByPerson
            if holders.values.contains(where: { counts[$0] == 2 }) {
                #expect(attended.allSatisfy { counts[$0, default: 0] >= 1 }, "meeting \(meeting)")
            }
            history.add(meeting: "m\(meeting)", holders: holders)
        }
        #expect(group.allSatisfy { history.countsByPerson[$0.name, default: 0] >= 2 })
        #expect(history.countsByPerson.values.max() == 4)
    }

    @Test func deterministicAndLeastRecentFirst() {
        let people = ["A", "B", "C"].map { Person(name: $0) }
        let history = RoleHistory(entries: [.init(meeting: "1", role: "facilitator", person: "B"),
                                            .init(meeting: "2", role: "facilitator", person: "A")])
        let one = [RoleSlot(.meeting, role: "facilitator")]
        #expect(RoleSuggester.suggest(slots: one, holders: [:], present: people, history: history) == [one[0]: "C"])
        let twoPresent = Array(people.prefix(2))
        #expect(RoleSuggester.suggest(slots: one, holders: [:], present: twoPresent, history: history) == [one[0]: "B"])
    }

    @Test func nobodyHoldsTwoUnlessNobodyElseIsPresent() {
        let alone = [Person(name: "Solo")]
        let result = RoleSuggester.suggest(slots: slots, holders: [slots[0]: "Solo"], present: alone, history: RoleHistory())
        #expect(result.count == 3 && result.values.allSatisfy { $0 == "Solo" })
        #expect(RoleSuggester.suggest(slots: slots, holders: [:], present: [], history: RoleHistory()).isEmpty)
    }

    @Test func newMembersComeFirstWhenSupportedAndLastWhenNot() {
        let people = [Person(name: "New", tags: ["new"]), Person(name: "Old", tags: ["member"]), Person(name: "Fac", tags: ["facilitator"])]
        let fresh = RoleHistory()
        let lone = [RoleSlot(.item(0), role: "opener")]
        #expect(RoleSuggester.suggest(slots: lone, holders: [:], present: people, history: fresh) == [lone[0]: "Old"])
        let framer = RoleSlot(.item(0), role: "framer")
        #expect(RoleSuggester.suggest(slots: [framer], holders: [lone[0]: "Fac"], present: people, history: fresh) == [framer: "New"])
        #expect(RoleSuggester.suggest(slots: [framer], holders: [RoleSlot(.item(1), role: "x"): "Fac"], present: people,
                                      history: fresh) == [framer: "Old"], "support must be in the same slot group")
        let seasoned = RoleHistory(entries: [.init(meeting: "1", role: "x", person: "Old"), .init(meeting: "2", role: "y", person: "Old"),
                                             .init(meeting: "2", role: "x", person: "New"), .init(meeting: "2", role: "x", person: "Fac")])
        #expect(RoleSuggester.suggest(slots: [framer], holders: [lone[0]: "Old"], present: Array(people.prefix(1)) + people.suffix(1),
                                      history: seasoned) == [framer: "New"], "an experienced member supports too")
    }
}
