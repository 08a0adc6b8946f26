extension RecordText {
    /// The section listing what earlier meetings of the series left open, or nothing when they left nothing open:
    /// `  [k7q2xm] 2026-08-01 Book the hall — owner: Ana, due 2026-08-08 · OVERDUE · Visioning 1`.
    static func carriedLines(_ items: [FollowUpItem], today: String) -> [String] {
        guard !items.isEmpty else { return [] }
        let clean = Sanitized.inline
        return ["", "Still open from earlier meetings of this series (\(items.count))"] + items.map { item in
            "  [\(item.id)] \(item.meeting.prefix(10)) "
                + NotesSection.Entry.what(kind: item.kind, text: item.text, holder: item.holder, person: item.person, due: item.due, clean)
                + (item.isOverdue(today: today) ? " · OVERDUE" : "") + " · " + clean(item.meetingTitle)
        }
    }
}
