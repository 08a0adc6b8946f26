/// The whole record as plain text for a terminal: every user string sanitized, columns measured in display width.
public enum RecordText {
    /// `carried` are the open items of earlier meetings of the series (see `CarryForward`), listed last; `today`
    /// (`YYYY-MM-DD`) marks the overdue ones.
    public static func render(_ record: MeetingRecord, carried: [FollowUpItem] = [], today: String = "") -> String {
        var out: [String] = []
        out.append(clean(record.title))
        out.append("\(record.id) · \(record.date) · \(record.status.rawValue)" + (record.place.map { " · " + clean($0) } ?? ""))
        out += unreadable(record.unreadable)
        out += ["", "Agenda (planned / actual)"]
        let width = min(40, record.timeline.items.map { DisplayWidth.of(clean($0.title)) }.max() ?? 0)
        for item in record.timeline.items {
            let state = item.skipped ? "skipped" : item.started ? "" : "not run"
            let figures = ClockText.span(item.targetSeconds) + " / " + (item.started ? ClockText.span(item.actualSeconds) : "—")
            out.append("  " + pad("\(item.number).", 4) + pad(clean(item.title), width) + "  " + figures + (state.isEmpty ? "" : "  " + state))
        }
        out.append("  " + pad("", 4) + pad("Total", width) + "  " + ClockText.span(record.timeline.plannedSeconds) + " / " + ClockText.span(record.timeline.actualSeconds))
        let nameWidth = min(30, record.attendance.expected.map { DisplayWidth.of(clean($0.name)) }.max() ?? 0)
        out += ["", record.attendance.isRecorded ? "Attendance (\(record.attendance.count) attended of \(record.attendance.expected.count))"
            : "Attendance (not marked; \(record.attendance.count) expected)"]
        for person in record.attendance.expected {
            out.append("  " + pad(clean(person.name), nameWidth) + "  " + pad(AttendanceSection.words(person), 22)
                + (person.tags.isEmpty ? "" : "  [" + clean(person.tags.joined(separator: ", ")) + "]"))
        }
        out += ["", "Roles"]
        if record.roles.holders.isEmpty { out.append("  none recorded") }
        for holder in record.roles.holders { out.append("  " + clean(holder.slot) + ": " + clean(holder.person)) }
        out += ["", "Breakout groups"]
        if record.groups.breakouts.isEmpty { out.append("  none recorded") }
        for breakout in record.groups.breakouts {
            out.append("  \(breakout.item). \(clean(breakout.title)) (\(breakout.repeats) repeated pairings, lower bound \(breakout.lowerBound))")
            for (r, round) in breakout.rounds.enumerated() {
                out.append("    Round \(r + 1)")
                for (g, group) in round.enumerated() { out.append("      Group \(g + 1): " + group.map(clean).joined(separator: " · ")) }
            }
        }
        out += ["", "Notes"]
        if record.notes.entries.isEmpty { out.append("  none recorded") }
        var heading = ""
        for note in record.notes.entries.sorted(by: { ($0.item, $0.group ?? 0) < ($1.item, $1.group ?? 0) }) {
            let next = "  \(note.item). \(clean(note.itemTitle)) — \(note.place)"
            if next != heading {
                out.append(next)
                heading = next
            }
            out.append("    " + pad(note.kind, 10) + (note.struck ? "(struck) " : "") + clean(note.text) + "  — " + clean(note.author))
        }
        out += ["", "Actions"]
        if record.notes.actions.isEmpty { out.append("  none recorded") }
        for action in record.notes.actions {
            out.append("  " + action.followUpLine(clean))
        }
        out += ["", "Follow-ups"]
        if record.notes.followUps.isEmpty { out.append("  none recorded") }
        for follow in record.notes.followUps {
            out.append("  " + follow.followUpLine(clean))
        }
        out += carriedLines(carried, today: today)
        return out.joined(separator: "\n")
    }

    private static func unreadable(_ section: UnreadableSection) -> [String] {
        var out: [String] = []
        for line in section.lines {
            out.append("! line \(line.line) of the log is unreadable (\(clean(line.reason))); everything else is shown")
        }
        if let newer = section.newerEvents { out.append("! " + clean(newer)) }
        return out
    }

    private static func clean(_ text: String) -> String { Sanitized.inline(text) }
    private static func pad(_ text: String, _ width: Int) -> String { DisplayWidth.pad(text, to: width) }
}
