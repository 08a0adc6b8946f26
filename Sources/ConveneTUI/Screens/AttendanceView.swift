import ConveneCore

/// The attendance screen: roster and walk-ins, each marked in words (never by colour alone).
enum AttendanceView {
    static func render(_ state: FacilitatorState, size: Size) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let meeting = state.meeting
        let everyone = meeting.people
        let walkIns = Set(meeting.attendance.walkIns.map(\.name))
        let nameWidth = min(max(12, everyone.map { DisplayWidth.of($0.name) }.max() ?? 0), size.width - 24)
        let rows = everyone.map { person -> (text: String, style: Style) in
            let record = meeting.attendance.record(of: person.name)
            let mark: String
            switch record.mark {
            case .expected: mark = "·  not marked"
            case .present: mark = record.late ? "✓  present, late" : "✓  present"
            case .absent: mark = "✗  absent"
            case .left: mark = "←  left early"
            }
            var text = PeopleList.column(person.name, nameWidth) + "  " + PeopleList.column(mark, 18)
            let extra = (walkIns.contains(person.name) ? ["walk-in"] : []) + person.tags
            if !extra.isEmpty { text += " " + extra.joined(separator: " ") }
            return (text, record.mark == .present ? .plain : .dim)
        }
        let present = meeting.presentPeople.count
        let status: String
        if let field = state.people.walkIn {
            status = " " + field.prompt + field.text + "▏"
        } else if let field = state.people.find {
            status = PeopleList.findStatus(field, names: everyone.map(\.name))
        } else {
            let keys = size.width >= 80 ? " ↑↓ move  space present/absent  l left  w walk-in  / find  r roles  ? keys  Esc agenda"
                : " space present/absent  w walk-in  / find  ? keys  Esc"
            status = state.notice.map { " " + $0 } ?? keys
        }
        PeopleList.draw(title: "Attendance · \(present) present of \(everyone.count)", rows: rows,
                        cursor: everyone.isEmpty ? nil : state.people.attendanceCursor, status: status, size: size, into: &buffer)
        if everyone.isEmpty {
            buffer.put("  No roster: press w to add people as they arrive.", x: 0, y: 2, style: .dim)
        }
        return buffer
    }
}
