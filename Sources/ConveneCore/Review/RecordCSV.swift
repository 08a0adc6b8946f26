/// The record as CSV for spreadsheets (RFC 4180: CRLF rows, fields quoted when needed, quotes doubled).
public enum RecordCSV {
    /// One row per note.
    public static func notes(_ record: MeetingRecord) -> String {
        var rows = [["meeting", "date", "item", "item_title", "round", "group", "kind", "text", "owner", "due", "person", "organizer", "author", "at", "struck", "followup_id", "status", "outcome", "assessment", "reason", "closed_at"]]
        for n in record.notes.entries {
            rows.append([record.id, record.date, String(n.item), n.itemTitle, n.round.map(String.init) ?? "", n.group.map(String.init) ?? "",
                         n.kind, n.text, n.owner ?? "", n.due ?? "", n.person ?? "", n.organizer ?? "", n.author,
                         Timestamp.format(n.at), n.struck ? "yes" : "no", n.followUpID ?? "", n.status?.rawValue ?? "",
                         n.outcome ?? "", n.assessment.map(String.init) ?? "", n.reason ?? "", n.closedAt.map(Timestamp.format) ?? ""])
        }
        return table(rows)
    }

    /// One row per expected person, with the tags the roster gave.
    public static func attendance(_ record: MeetingRecord) -> String {
        var rows = [["meeting", "date", "name", "tags", "member", "mark", "late", "walk-in"]]
        for p in record.attendance.expected {
            rows.append([record.id, record.date, p.name, p.tags.joined(separator: " "), p.isMember ? "yes" : "no", p.mark,
                         p.late ? "yes" : "no", p.walkIn ? "yes" : "no"])
        }
        return table(rows)
    }

    static func table(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// A field quoted when it holds a comma, quote or line break, quotes doubled; the text itself stays intact.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
