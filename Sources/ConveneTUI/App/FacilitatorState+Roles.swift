import ConveneCore
import Foundation

extension FacilitatorState {
    /// Keys on the roles screen; `nil` lets the screen-wide keys (q, ?, p, Esc) through.
    mutating func updateRoles(key: Key) -> [Effect]? {
        if let picking = people.picking { return pick(picking, key: key) }
        let slots = meeting.roleSlots
        guard slots.indices.contains(people.rolesCursor) || slots.isEmpty else {
            people.rolesCursor = max(0, slots.count - 1)
            return updateRoles(key: key)
        }
        switch key {
        case .up, .down, .pageUp, .pageDown, .home, .end, .character("j"), .character("k"):
            people.rolesCursor = people.rolesCursor.moved(by: key, count: slots.count)
            return []
        case .enter, .character("c"), .character("s"), .character("x"):
            guard !slots.isEmpty, canWrite() else { return [] }
            return slotKey(key, slot: slots[people.rolesCursor])
        case .character("S"):
            guard canWrite() else { return [] }
            return suggest(slots)
        case .escape where people.swapFrom != nil:
            people.swapFrom = nil
            return []
        default:
            return nil
        }
    }

    private mutating func slotKey(_ key: Key, slot: RoleSlot) -> [Effect] {
        let holder = meeting.roleHolders[slot]
        switch key {
        case .character("c"):
            guard holder != nil else { return [] }
            return [.append([RoleCleared(slot: slot)])]
        case .character("s"):
            return suggest([slot])
        case .character("x"):
            guard let first = people.swapFrom else {
                people.swapFrom = slot
                notice = "swap: move to the other role and press x again (Esc cancels)"
                return []
            }
            people.swapFrom = nil
            guard first != slot else { return [] }
            let a = meeting.roleHolders[first], b = holder
            let payloads: [any EventPayload] = [
                b.map { RoleAssigned(slot: first, person: $0) } ?? RoleCleared(slot: first),
                a.map { RoleAssigned(slot: slot, person: $0) } ?? RoleCleared(slot: slot),
            ]
            return [.append(payloads)]
        default:
            guard !meeting.presentPeople.isEmpty else {
                notice = "nobody is marked present yet: press Esc, then a for attendance"
                return []
            }
            people.picking = PeopleScreens.Pick(slot: slot, cursor: meeting.presentPeople.firstIndex { $0.name == holder } ?? 0)
            return []
        }
    }

    private mutating func pick(_ picking: PeopleScreens.Pick, key: Key) -> [Effect] {
        let present = meeting.presentPeople
        if people.find != nil {
            switch stepFind(key, names: present.map(\.name)) {
            case .typing(let found):
                if let found { people.picking?.cursor = found }
            case .accepted(let found?):
                people.picking = nil
                return [.append([RoleAssigned(slot: picking.slot, person: present[found].name)])]
            case .accepted(nil):
                notice = "nobody present fits that name"
            case .closed:
                break
            }
            return []
        }
        switch key {
        case .character("/"):
            openFind(enter: "gives the role")
        case .escape:
            people.picking = nil
        case .enter:
            people.picking = nil
            if present.indices.contains(picking.cursor) {
                return [.append([RoleAssigned(slot: picking.slot, person: present[picking.cursor].name)])]
            }
        default:
            people.picking?.cursor = picking.cursor.moved(by: key, count: present.count)
        }
        return []
    }

    private mutating func suggest(_ slots: [RoleSlot]) -> [Effect] {
        let suggested = RoleSuggester.suggest(slots: slots, holders: meeting.roleHolders, present: meeting.presentPeople,
                                              history: people.history)
        guard !suggested.isEmpty else {
            notice = meeting.presentPeople.isEmpty ? "nobody is marked present yet" : "no empty role to suggest for"
            return []
        }
        return [.append(suggested.sorted { $0.key < $1.key }.map { RoleAssigned(slot: $0.key, person: $0.value) })]
    }
}
