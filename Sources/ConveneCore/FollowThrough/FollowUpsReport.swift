/// `convene followups` as text: items grouped by who they wait on, each group oldest first, overdue ones marked in
/// words, every typed text escaped so a note cannot move the reader's cursor.
public enum FollowUpsReport {
    /// The heading for items nobody was named for.
    public static let nobody = "(nobody named)"

    public static func text(_ items: [FollowUpItem], today: String) -> [UInt8] {
        var groups: [String: [FollowUpItem]] = [:]
        for item in items { groups[item.holder ?? nobody, default: []].append(item) }
        let order = groups.keys.sorted { a, b in
            a == nobody || b == nobody ? b == nobody && a != nobody : (NoteSearch.fold(a), a) < (NoteSearch.fold(b), b)
        }
        var out: [UInt8] = []
        out.reserveCapacity(items.count * 120)
        for (n, holder) in order.enumerated() {
            let mine = groups[holder] ?? []
            let open = mine.filter { $0.status == .open }.count
            let overdue = mine.filter { $0.isOverdue(today: today) }.count
            if n > 0 { out.append(0x0A) }
            out += Sanitized.inline(holder).utf8
            out += " — \(open) open".utf8
            if overdue > 0 { out += ", \(overdue) overdue".utf8 }
            if mine.count > open { out += ", \(mine.count - open) closed".utf8 }
            out.append(0x0A)
            for item in mine { line(item, today: today, into: &out) }
        }
        return out
    }

    /// One item: `  k7q2xm  2026-08-30  action     Book the hall · due 2026-09-06 · OVERDUE · Visioning 1`.
    static func line(_ item: FollowUpItem, today: String, into out: inout [UInt8]) {
        out += "  ".utf8
        out += item.id.utf8
        out += "  ".utf8
        out += item.meeting.prefix(10).utf8
        out += "  ".utf8
        out += item.kind.utf8
        out += [UInt8](repeating: 0x20, count: max(1, 11 - item.kind.utf8.count))
        if let person = item.person {
            out += "talk with ".utf8
            out += Sanitized.inline(person).utf8
            out += ": ".utf8
        }
        out += Sanitized.inline(item.text).utf8
        if let due = item.due {
            out += " · due ".utf8
            out += Sanitized.inline(due).utf8
        }
        if item.isOverdue(today: today) { out += " · OVERDUE".utf8 }
        switch item.status {
        case .open: break
        case .done:
            out += " · DONE".utf8
            if let assessment = item.assessment { out += " (\(assessment)/5)".utf8 }
            if let outcome = item.outcome, !outcome.isEmpty {
                out += ": ".utf8
                out += Sanitized.inline(outcome).utf8
            }
        case .dropped:
            out += " · DROPPED".utf8
            if let reason = item.reason, !reason.isEmpty {
                out += ": ".utf8
                out += Sanitized.inline(reason).utf8
            }
        }
        out += " · ".utf8
        out += Sanitized.inline(item.meetingTitle).utf8
        out.append(0x0A)
    }
}
