import ConveneCore

/// The roles screen: every slot with its holder; or, while choosing, the present people to pick from.
enum RolesView {
    static func render(_ state: FacilitatorState, size: Size) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let meeting = state.meeting
        if let picking = state.people.picking {
            let present = meeting.presentPeople
            let counts = state.people.history.countsByPerson
            let nameWidth = min(max(12, present.map { DisplayWidth.of($0.name) }.max() ?? 0), size.width - 20)
            let rows = present.map { person -> (text: String, style: Style) in
                let held = meeting.roleHolders.filter { $0.value == person.name }.count
                let note = [held > 0 ? "holds \(held)" : nil, "\(counts[person.name] ?? 0) before"].compactMap { $0 }
                return (PeopleList.column(person.name, nameWidth) + "  " + note.joined(separator: ", "), .plain)
            }
            PeopleList.draw(title: "Who holds \(picking.slot.label)?", rows: rows, cursor: picking.cursor,
                            status: state.people.find.map { PeopleList.findStatus($0, names: present.map(\.name)) }
                                ?? state.notice.map { " " + $0 } ?? " ↑↓ move  Enter choose  / find  Esc cancel", size: size, into: &buffer)
            return buffer
        }
        let slots = meeting.roleSlots
        let labelWidth = min(max(12, slots.map { DisplayWidth.of($0.label) }.max() ?? 0), size.width / 2)
        let rows = slots.map { slot -> (text: String, style: Style) in
            let marker = slot == state.people.swapFrom ? "⇄ " : ""
            guard let holder = meeting.roleHolders[slot] else {
                return (PeopleList.column(slot.label, labelWidth) + "  " + marker + "— empty", .dim)
            }
            let away = meeting.attendance.isPresent(holder) ? "" : " (not present)"
            return (PeopleList.column(slot.label, labelWidth) + "  " + marker + holder + away, .plain)
        }
        let swapping = " ⇄ swap: move to the other role and press x (Esc cancels)"
        let filled = slots.filter { meeting.roleHolders[$0] != nil }.count
        let keys = size.width >= 110
            ? " ↑↓ move  Enter assign  x swap  c clear  s suggest  S suggest all empty  a attendance  ? keys  Esc agenda"
            : " Enter pick  x swap  c clear  s/S suggest  ? keys  Esc back"
        PeopleList.draw(title: "Roles · \(filled) of \(slots.count) filled", rows: rows,
                        cursor: slots.isEmpty ? nil : state.people.rolesCursor, status: state.notice.map { " " + $0 } ?? (state.people.swapFrom == nil ? keys : swapping),
                        size: size, into: &buffer)
        if slots.isEmpty {
            buffer.put("  This agenda names no roles (add roles: or role: lines).", x: 0, y: 2, style: .dim)
        }
        return buffer
    }
}
