/// The record as Markdown for a chat or a Git forge; user text has Markdown specials escaped and stays on one line.
public enum RecordMarkdown {
    public static func render(_ record: MeetingRecord) -> String {
        var out = ["# " + escape(record.title), "", "- Meeting: `\(record.id)`", "- Date: \(record.date)", "- Status: \(record.status.rawValue)"]
        if let place = record.place { out.append("- Place: " + escape(place)) }
        for line in record.unreadable.lines {
            out.append("- **Unreadable:** line \(line.line) of the log (" + escape(line.reason) + ")")
        }
        if let newer = record.unreadable.newerEvents { out.append("- " + escape(newer)) }
        out += ["", "## Agenda", "", "| # | Item | Planned | Actual |", "|---|---|---|---|"]
        for item in record.timeline.items {
            let actual = item.skipped ? "skipped" : item.started ? ClockText.span(item.actualSeconds) : "not run"
            out.append("| \(item.number) | \(escape(item.title)) | \(ClockText.span(item.targetSeconds)) | \(actual) |")
        }
        out += ["", "## Attendance", "", (record.attendance.isRecorded ? "Attended: " : "Expected: ") + "\(record.attendance.count)", ""]
        out += record.attendance.expected.map { "- " + escape($0.name) + " — " + escape(AttendanceSection.words($0)) + ($0.tags.isEmpty ? "" : " (" + escape($0.tags.joined(separator: ", ")) + ")") }
        out += ["", "## Roles", ""]
        out += record.roles.holders.isEmpty ? ["None recorded."] : record.roles.holders.map { "- " + escape($0.slot) + ": " + escape($0.person) }
        out += ["", "## Breakout groups", ""]
        if record.groups.breakouts.isEmpty { out.append("None recorded.") }
        for breakout in record.groups.breakouts {
            out.append("### \(breakout.item). " + escape(breakout.title))
            for (r, round) in breakout.rounds.enumerated() {
                out.append("")
                out.append("Round \(r + 1):")
                out.append("")
                for (g, group) in round.enumerated() { out.append("- Group \(g + 1): " + group.map(escape).joined(separator: ", ")) }
            }
        }
        out += ["", "## Notes", "", "| Item | Where | Kind | Note | Author |", "|---|---|---|---|---|"]
        for note in record.notes.entries {
            let text = note.struck ? "~~" + escape(note.text) + "~~" : escape(note.text)
            out.append("| \(note.item). \(escape(note.itemTitle)) | \(note.place) | \(note.kind) | \(text) | \(escape(note.author)) |")
        }
        out += ["", "## Actions", ""]
        out += record.notes.actions.map { "- " + $0.followUpLine(escape) }
        out += ["", "## Follow-ups", ""]
        out += record.notes.followUps.map { "- " + $0.followUpLine(escape) }
        return out.joined(separator: "\n") + "\n"
    }

    /// User text made literal in Markdown: specials backslash-escaped, `<` `>` `&` as entities, line breaks as spaces.
    public static func escape(_ text: String) -> String {
        var out = ""
        for character in Sanitized.inline(text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")) {
            switch character {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\\", "`", "*", "_", "{", "}", "[", "]", "(", ")", "#", "+", "-", ".", "!", "|", "~":
                out += "\\" + String(character)
            default: out.append(character)
            }
        }
        return out
    }
}
