/// Fair role suggestions: pure and deterministic for the same slots, people and history.
///
/// The rule, slot by slot in agenda order, among people marked present only:
/// 1. Someone already holding a role (now or suggested earlier in this pass) is passed over, unless everyone
///    present holds one.
/// 2. Fewest roles of any kind held before comes first, so everyone present gets a role before anyone gets a third.
/// 3. Then fewest times this role.
/// 4. Then support for new members: a member tagged `new` is offered the role first when another slot of the same
///    slot group (the meeting-wide roles, one item's roles, or one breakout group's roles) is held by someone
///    tagged `facilitator` or experienced (has held roles at least twice in the records); without such support
///    they come after everyone else with the same counts.
/// 5. Then held this role least recently (never is oldest), then roster order.
public enum RoleSuggester {
    /// A holder for every slot in `slots` not already in `holders`; slots nobody can fill are left out.
    public static func suggest(slots: [RoleSlot], holders: [RoleSlot: String], present: [Person],
                               history: RoleHistory) -> [RoleSlot: String] {
        let stats = Stats(history)
        var taken = holders
        var suggested: [RoleSlot: String] = [:]
        for slot in slots where taken[slot] == nil {
            guard let person = pick(for: slot, taken: taken, present: present, stats: stats) else { continue }
            taken[slot] = person
            suggested[slot] = person
        }
        return suggested
    }

    static func pick(for slot: RoleSlot, taken: [RoleSlot: String], present: [Person], stats: Stats) -> String? {
        let busy = Set(taken.values)
        let free = present.filter { !busy.contains($0.name) }
        let pool = free.isEmpty ? present : free
        let tags = Dictionary(present.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let supported = taken.contains { other, holder in
            other.scope == slot.scope && (tags[holder]?.has(tag: "facilitator") == true || stats.total(holder) >= 2)
        }
        let order = Dictionary(present.enumerated().map { ($0.element.name, $0.offset) }, uniquingKeysWith: { first, _ in first })
        func support(_ person: Person) -> Int { person.has(tag: "new") ? (supported ? 0 : 2) : 1 }
        return pool.min { a, b in
            let ka = (stats.total(a.name), stats.count(a.name, slot.role), support(a), stats.last(a.name, slot.role), order[a.name] ?? 0)
            let kb = (stats.total(b.name), stats.count(b.name, slot.role), support(b), stats.last(b.name, slot.role), order[b.name] ?? 0)
            return ka < kb
        }?.name
    }

    /// Counts and recency per person, read once from the history.
    struct Stats {
        var totals: [String: Int] = [:]
        var counts: [String: Int] = [:]
        var lastSeen: [String: Int] = [:]

        init(_ history: RoleHistory) {
            var meetingIndex = -1
            var previous: String?
            for entry in history.entries {
                if entry.meeting != previous {
                    meetingIndex += 1
                    previous = entry.meeting
                }
                totals[entry.person, default: 0] += 1
                counts[entry.person + "\u{0}" + entry.role, default: 0] += 1
                lastSeen[entry.person + "\u{0}" + entry.role] = meetingIndex
            }
        }

        func total(_ person: String) -> Int { totals[person] ?? 0 }
        func count(_ person: String, _ role: String) -> Int { counts[person + "\u{0}" + role] ?? 0 }
        func last(_ person: String, _ role: String) -> Int { lastSeen[person + "\u{0}" + role] ?? -1 }
    }
}
