/// One meeting's page: what happened against the plan, who came and held which role, the groups, every note by item
/// and group, what was decided, and where each action and follow-up stands. Every user text is escaped.
public enum MeetingPage {
    /// The whole page; in the archive it links back to the meeting list and to its series' page.
    public static func render(_ record: MeetingRecord, place: SitePage.Place) -> String {
        SitePage.document(title: record.title + " · " + record.date, place: place, body: body(record, place: place))
    }

    /// The page of a meeting whose log cannot be read from its first line: it stays listed, and says what to run.
    static func renderUnreadable(_ id: String) -> String {
        let body = "<h1>" + e(id) + "</h1>\n<p class=\"warn\">This meeting's log could not be read, so nothing in it can be shown. "
            + "On the computer that holds the records, <code>convene show " + e(id) + "</code> says why and <code>convene repair "
            + e(id) + "</code> sets damaged lines aside; the next <code>convene site</code> then shows the meeting.</p>\n"
        return SitePage.document(title: id + " (unreadable)", place: .archive(root: "../", current: nil), body: body)
    }

    static func body(_ record: MeetingRecord, place: SitePage.Place) -> String {
        var out = "<h1>" + e(record.title) + "</h1>\n<p class=\"meta\">" + record.date + " · " + e(record.id) + " · " + record.status.rawValue
            + (record.place.map { " · " + e($0) } ?? "")
        if case .archive(let root, _) = place {
            out += " · series: <a href=\"\(root)series/\(SiteSeries.slug(record.series)).html\">"
                + e(record.series.isEmpty ? "(none)" : record.series) + "</a>"
        }
        out += "</p>\n"
        for line in record.unreadable.lines {
            out += "<p class=\"warn\">Line \(line.line) of the log is unreadable (\(e(line.reason))); everything else is shown.</p>\n"
        }
        if let newer = record.unreadable.newerEvents { out += "<p class=\"warn\">\(e(newer)).</p>\n" }
        out += figures(record)
        out += timeline(record)
        out += attendance(record.attendance)
        out += roles(record.roles)
        out += groups(record.groups)
        out += notes(record.notes)
        out += decisions(record.notes)
        out += followThrough(record.notes)
        return out
    }

    /// The meeting at a glance: attendance, notes, decisions, open items and time.
    static func figures(_ record: MeetingRecord) -> String {
        let tracked = record.notes.actions + record.notes.followUps
        let open = tracked.filter { $0.status == .open }.count
        let pairs = [
            (record.attendance.isRecorded ? "Attended" : "Expected", "\(record.attendance.count)"),
            ("Notes", "\(record.notes.entries.filter { !$0.struck }.count)"),
            ("Decisions", "\(decisionEntries(record.notes).count)"),
            ("Actions and follow-ups open", "\(open) of \(tracked.count)"),
            ("Time (planned " + ClockText.span(record.timeline.plannedSeconds) + ")", ClockText.span(record.timeline.actualSeconds)),
        ]
        return "<dl class=\"figures\">" + pairs.map { "<div><dt>\($0.0)</dt><dd>\($0.1)</dd></div>" }.joined() + "</dl>\n"
    }

    static func decisionEntries(_ notes: NotesSection) -> [NotesSection.Entry] {
        notes.entries.filter { $0.kind == Note.Kind.decision.rawValue && !$0.struck }
    }

    static func e(_ text: String) -> String { HTMLText.escape(text) }
}
