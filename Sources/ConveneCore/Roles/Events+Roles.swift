import Foundation

/// Someone took a role; a slot has one holder, so this replaces any earlier one.
public struct RoleAssigned: EventPayload, Equatable {
    public static let type = "role.assigned"
    public var slot: RoleSlot
    public var person: String

    public init(slot: RoleSlot, person: String) {
        self.slot = slot
        self.person = person
    }

    public func apply(to meeting: inout Meeting, at: Date, by: String) {
        guard !person.isEmpty else { return }
        meeting.roleHolders[slot] = person
    }
}

/// A role was left empty again.
public struct RoleCleared: EventPayload, Equatable {
    public static let type = "role.cleared"
    public var slot: RoleSlot

    public init(slot: RoleSlot) { self.slot = slot }

    public func apply(to meeting: inout Meeting, at: Date, by: String) {
        meeting.roleHolders[slot] = nil
    }
}
