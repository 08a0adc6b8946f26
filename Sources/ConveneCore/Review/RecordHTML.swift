/// The record as one self-contained, print-friendly HTML page: inline styles, no scripts, no network resources.
public enum RecordHTML {
    public static func render(_ record: MeetingRecord) -> String {
        var body = ["<h1>\(e(record.title))</h1>", "<p class=\"meta\">\(e(record.id)) · \(record.date) · \(record.status.rawValue)" + (record.place.map { " · " + e($0) } ?? "") + "</p>"]
        for line in record.unreadable.lines {
            body.append("<p class=\"warn\">Line \(line.line) of the log is unreadable (\(e(line.reason))); everything else is shown.</p>")
        }
        if let newer = record.unreadable.newerEvents { body.append("<p class=\"warn\">\(e(newer)).</p>") }
        body.append("<h2>Agenda</h2><table><tr><th>#</th><th>Item</th><th>Planned</th><th>Actual</th></tr>")
        for item in record.timeline.items {
            let actual = item.skipped ? "skipped" : item.started ? ClockText.span(item.actualSeconds) : "not run"
            body.append("<tr><td>\(item.number)</td><td>\(e(item.title))</td><td>\(ClockText.span(item.targetSeconds))</td><td>\(actual)</td></tr>")
        }
        body.append("</table><h2>Attendance</h2><p>\(record.attendance.isRecorded ? "Attended" : "Expected"): \(record.attendance.count)</p><ul>")
        body += record.attendance.expected.map { "<li>\(e($0.name)) — \(e(AttendanceSection.words($0)))" + ($0.tags.isEmpty ? "" : " <span class=\"meta\">(\(e($0.tags.joined(separator: ", "))))</span>") + "</li>" }
        body.append("</ul><h2>Roles</h2><ul>")
        body += record.roles.holders.isEmpty ? ["<li>None recorded.</li>"] : record.roles.holders.map { "<li>\(e($0.slot)): \(e($0.person))</li>" }
        body.append("</ul><h2>Breakout groups</h2><ul>")
        for breakout in record.groups.breakouts {
            body.append("<li>\(breakout.item). \(e(breakout.title))<ol>")
            for round in breakout.rounds {
                let groups: [String] = round.enumerated().map { g, group in "Group \(g + 1): " + group.map(e).joined(separator: ", ") }
                body.append("<li>" + groups.joined(separator: "; ") + "</li>")
            }
            body.append("</ol></li>")
        }
        body.append("</ul><h2>Notes</h2><table><tr><th>Item</th><th>Where</th><th>Kind</th><th>Note</th><th>Author</th></tr>")
        for note in record.notes.entries {
            let text = note.struck ? "<s>\(e(note.text))</s>" : e(note.text)
            body.append("<tr><td>\(note.item). \(e(note.itemTitle))</td><td>\(note.place)</td><td>\(note.kind)</td><td class=\"text\">\(text)</td><td>\(e(note.author))</td></tr>")
        }
        body.append("</table><h2>Actions</h2><ul>")
        body += record.notes.actions.map { "<li>" + $0.followUpLine(e) + "</li>" }
        body.append("</ul><h2>Follow-ups</h2><ul>")
        body += record.notes.followUps.map { "<li>" + $0.followUpLine(e) + "</li>" }
        body.append("</ul>")
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>\(e(record.title))</title>
            <style>
            body{font-family:sans-serif;margin:2em;color:#000;background:#fff;max-width:60em}
            table{border-collapse:collapse;width:100%}th,td{border:1px solid #888;padding:.3em .5em;text-align:left;vertical-align:top}
            .text{white-space:pre-wrap}.meta{color:#444}.warn{border:2px solid #000;padding:.5em;font-weight:bold}
            @media print{body{margin:0}h2{page-break-after:avoid}tr{page-break-inside:avoid}}
            </style></head><body>
            \(body.joined(separator: "\n"))
            </body></html>

            """
    }

    /// Text made literal in HTML, attributes included; control characters shown as escapes.
    public static func e(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\r\n": out += "\n"
            default: out += Sanitized.inline(String(character))
            }
        }
        return out
    }
}
