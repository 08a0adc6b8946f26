extension Meeting {
    /// Every role slot of this meeting, in agenda order.
    ///
    /// Group slots: an item with a breakout and `group roles:` has groups numbered 1...G, where G is the plan's
    /// group count, or for `groups of N` as many groups as the planner will make of the people taking part (the
    /// whole roster while nobody is marked present yet: 43 in fives is 9 groups); once groups are planned, the
    /// planned groups.
    public var roleSlots: [RoleSlot] {
        var slots = agenda.roles.map { RoleSlot(.meeting, role: $0) }
        for (index, item) in agenda.items.enumerated() {
            slots += item.roles.map { RoleSlot(.item(index), role: $0) }
            guard let plan = item.breakout, !item.groupRoles.isEmpty else { continue }
            let planned = breakouts[index]?.rotation.rounds.map(\.count).max()
            for group in 1...(planned ?? groupCount(plan)) {
                slots += item.groupRoles.map { RoleSlot(.group(item: index, group: group), role: $0) }
            }
        }
        return slots
    }

    func groupCount(_ plan: BreakoutPlan) -> Int {
        switch plan.sizing {
        case .groupCount(let n): return max(1, n)
        case .groupsOf(let size):
            let taking = breakoutPeople.count
            return (try? GroupSizes.sizes(people: taking, sizing: plan.sizing).count) ?? max(1, taking / max(size, 1))
        }
    }
}
