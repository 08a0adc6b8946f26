import ConveneCore

/// The lines of each tab of an open record, with the style that carries their meaning.
enum ReviewLines {
    static func tab(_ tab: ReviewState.Tab, _ record: MeetingRecord, width: Int) -> [(String, Style)] {
        switch tab {
        case .timeline: timeline(record, width: width)
        case .attendance: attendance(record.attendance)
        case .roles: roles(record.roles)
        case .groups: groups(record.groups)
        case .notes:
            record.notes.entries.isEmpty ? [(" none recorded", .dim)] : record.notes.entries.flatMap { note in
                [(" \(note.item). \(note.itemTitle) · \(note.place) · \(note.kind) · \(note.author)", Style.dim),
                 ("   " + (note.struck ? "(struck) " : "") + note.text, Style.plain)]
            }
        case .actions:
            [(" Actions", .heading)]
                + (record.notes.actions.isEmpty ? [(" none recorded", .dim)] : record.notes.actions.map {
                    (" • " + $0.followUpLine { $0 }, .plain)
                })
                + [(" Follow-ups", .heading)]
                + (record.notes.followUps.isEmpty ? [(" none recorded", .dim)] : record.notes.followUps.map {
                    (" • " + $0.followUpLine { $0 }, .plain)
                })
        }
    }

    /// Lines too long for the screen broken at spaces, the rest indented under their start, so no word of a
    /// long note or a big group is cut off at the screen's edge.
    static func wrapped(_ lines: [(String, Style)], width: Int) -> [(String, Style)] {
        lines.flatMap { text, style -> [(String, Style)] in
            guard DisplayWidth.of(text) > width else { return [(text, style)] }
            let indent = text.prefix { $0 == " " }.count
            let pieces = TextWrap.lines(String(text.dropFirst(indent)), width: max(8, width - indent - 2))
            return pieces.enumerated().map { index, piece in
                (String(repeating: " ", count: indent + (index == 0 ? 0 : 2)) + piece, style)
            }
        }
    }

    /// The items as a table whose title column gives way so the planned, actual and outcome columns always fit.
    private static func timeline(_ record: MeetingRecord, width screen: Int) -> [(String, Style)] {
        var lines = record.unreadable.lines.map { (" ! line \($0.line) of the log is unreadable (\($0.reason))", Style.alert) }
        if let newer = record.unreadable.newerEvents { lines.append((" ! " + newer, .warning)) }
        let width = min(36, screen - 31, record.timeline.items.map { DisplayWidth.of($0.title) }.max() ?? 0)
        lines.append((" #  " + DisplayWidth.pad("Item", to: width) + "  planned  actual", .heading))
        for item in record.timeline.items {
            let actual = item.started ? ClockText.span(item.actualSeconds) : "—"
            let over = item.skipped ? "skipped" : !item.started ? "not run" : item.actualSeconds > item.targetSeconds + 59 ? "over" : ""
            let text = " " + DisplayWidth.pad("\(item.number)", to: 3) + DisplayWidth.pad(item.title, to: width) + "  "
                + DisplayWidth.pad(ClockText.span(item.targetSeconds), to: 7) + "  " + DisplayWidth.pad(actual, to: 6) + "  " + over
            lines.append((text, over == "over" ? .warning : .plain))
        }
        return lines
    }
}
