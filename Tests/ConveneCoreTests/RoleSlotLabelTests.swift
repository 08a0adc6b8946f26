import Testing
@testable import ConveneCore

/// A role slot's label names its role, whatever brackets the role's own name has.
@Suite struct RoleSlotLabelTests {
    @Test(arguments: [
        RoleSlot(.meeting, role: "facilitator"), RoleSlot(.item(1), role: "opener"), RoleSlot(.group(item: 2, group: 3), role: "note-taker"),
        RoleSlot(.item(0), role: "note-taker (backup)"), RoleSlot(.meeting, role: "timer (item 9"), RoleSlot(.meeting, role: "scribe (item x)"),
        RoleSlot(.group(item: 0, group: 12), role: "関係者 (主)"),
    ])
    func theRoleComesBackFromItsLabel(slot: RoleSlot) {
        #expect(RoleSlot.role(ofLabel: slot.label) == slot.role)
    }
}
