import ConveneCore

/// Roles typed as words: `roles` numbers every slot as the `r` screen lists them, and `give`, `clear` and `suggest`
/// fill them the same way, so a screen-reader facilitator can hand out roles too.
extension PlainSession {
    /// The slots as `roles` numbers them: the meeting's and each item's first, then the breakout groups' in agenda
    /// order, so a number heard once keeps naming the same slot while people arrive and the group count grows.
    var numberedSlots: [RoleSlot] {
        let slots = meeting.roleSlots
        let isGroup = { (slot: RoleSlot) -> Bool in if case .group = slot.scope { true } else { false } }
        return slots.filter { !isGroup($0) } + slots.filter(isGroup)
    }

    /// `roles`: how many are held, then each slot with its number and holder.
    public var roles: [String] {
        let slots = numberedSlots
        guard !slots.isEmpty else { return ["This meeting has no roles."] }
        let holders = meeting.roleHolders
        let held = slots.filter { holders[$0] != nil }.count
        return ["\(slots.count) role\(slots.count == 1 ? "" : "s"), \(held) held. give N NAME gives one, clear N empties it, suggest fills the empty ones."]
            + slots.enumerated().map { "\($0.offset + 1). \($0.element.label): \(holders[$0.element] ?? "nobody yet")." }
    }

    /// `give N NAME`, `clear N` and `suggest`: the events to append, or why there are none.
    func fill(_ command: PlainCommand) -> (say: [String], effects: [Effect]) {
        let slots = numberedSlots
        let present = meeting.presentPeople
        switch command {
        case .suggest:
            let suggested = RoleSuggester.suggest(slots: slots, holders: meeting.roleHolders, present: present, history: roleHistory)
            guard !suggested.isEmpty else {
                return ([present.isEmpty ? "Nobody is marked here yet; type here NAME for each person first." : "Every role is held already."], [])
            }
            return ([], [.append(suggested.sorted { $0.key < $1.key }.map { RoleAssigned(slot: $0.key, person: $0.value) })])
        case .clear(let number):
            guard let slot = slot(number, of: slots) else { return ([noSuchRole(number, slots)], []) }
            guard meeting.roleHolders[slot] != nil else { return (["Nobody holds \(slot.label)."], []) }
            return ([], [.append([RoleCleared(slot: slot)])])
        case .give(let number, let typed):
            guard let slot = slot(number, of: slots) else { return ([noSuchRole(number, slots)], []) }
            switch TypedName.find(typed, among: present.map(\.name)) {
            case .one(let name):
                if meeting.roleHolders[slot] == name { return (["\(name) already holds \(slot.label)."], []) }
                return ([], [.append([RoleAssigned(slot: slot, person: name)])])
            case .several(let names):
                return ([TypedName.several(typed, names, who: "people here")], [])
            case .none:
                if case .one(let name) = TypedName.find(typed, among: meeting.people.map(\.name)) {
                    return (["\(name) is not marked here. Type here \(name) first."], [])
                }
                return (["No one called \(typed) is here."], [])
            }
        default:
            return ([], [])
        }
    }

    private func slot(_ number: Int, of slots: [RoleSlot]) -> RoleSlot? {
        slots.indices.contains(number - 1) ? slots[number - 1] : nil
    }

    private func noSuchRole(_ number: Int, _ slots: [RoleSlot]) -> String {
        slots.isEmpty ? "This meeting has no roles." : "There is no role number \(number); type roles for the list."
    }
}
