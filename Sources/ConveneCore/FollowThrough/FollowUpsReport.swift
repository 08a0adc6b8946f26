/// `convene followups` as text: items grouped by who they wait on, each group oldest first, overdue ones marked in
/// words, every typed text escaped so a note cannot move the reader's cursor.
public enum FollowUpsReport {
    /// The heading for items nobody was named for.
    public static let nobody = "(nobody named)"

    public static func text(_ items: [FollowUpItem], today: String) -> [UInt8] {
        var all: [UInt8] = []
        write(items, today: today) { all += $0 }
        return all
    }

    /// The same text handed to `emit` in pieces of about 64 KB, so a list of every open item is never held whole.
    public static func write(_ items: [FollowUpItem], today: String, _ emit: ([UInt8]) -> Void) {
        // Read through a buffer so no item is copied (and every string in it retained) on the way to its line.
        items.withUnsafeBufferPointer { write($0, today: today, emit) }
    }

    /// The items in the report's order: by who they wait on (names folded, nobody named last), each oldest first.
    public static func byHolder(_ items: [FollowUpItem]) -> [FollowUpItem] {
        items.withUnsafeBufferPointer { buffer in grouped(buffer).flatMap { $0.items.map { buffer[$0] } } }
    }

    /// Each holder in the report's order, with the positions of their items.
    private static func grouped(_ items: UnsafeBufferPointer<FollowUpItem>) -> [(holder: String, items: [Int])] {
        var groups: [String: [Int]] = [:]
        for (n, item) in items.enumerated() { groups[item.holder ?? nobody, default: []].append(n) }
        let order = groups.keys.sorted { a, b in
            a == nobody || b == nobody ? b == nobody && a != nobody : (NoteSearch.fold(a), a) < (NoteSearch.fold(b), b)
        }
        return order.map { ($0, groups[$0] ?? []) }
    }

    private static func write(_ items: UnsafeBufferPointer<FollowUpItem>, today: String, _ emit: ([UInt8]) -> Void) {
        let piece = 1 << 16
        let overdue = items.indices.map { items[$0].isOverdue(today: today) }
        var out: [UInt8] = []
        out.reserveCapacity(piece + 4096)
        for (n, (holder, mine)) in grouped(items).enumerated() {
            let open = mine.count { items[$0].status == .open }
            let late = mine.count { overdue[$0] }
            if n > 0 { out.append(0x0A) }
            out += Sanitized.inline(holder).utf8
            out += " — \(open) open".utf8
            if late > 0 { out += ", \(late) overdue".utf8 }
            if mine.count > open { out += ", \(mine.count - open) closed".utf8 }
            out.append(0x0A)
            for index in mine {
                line(items, index, overdue: overdue[index], into: &out)
                if out.count >= piece {
                    emit(out)
                    out.removeAll(keepingCapacity: true)
                }
            }
        }
        if !out.isEmpty { emit(out) }
    }

    /// One item, read in place from `items` so that no item is copied: `  k7q2xm  2026-08-30  action     Book the hall
    /// · due 2026-09-06 · OVERDUE · Visioning 1`.
    static func line(_ items: UnsafeBufferPointer<FollowUpItem>, _ index: Int, overdue: Bool, into out: inout [UInt8]) {
        let item = items.baseAddress.unsafelyUnwrapped + index
        out += "  ".utf8
        out += item.pointee.id.utf8
        out += "  ".utf8
        out += item.pointee.meeting.prefix(10).utf8
        out += "  ".utf8
        out += item.pointee.kind.utf8
        out += [UInt8](repeating: 0x20, count: max(1, 11 - item.pointee.kind.utf8.count))
        if let person = item.pointee.person {
            out += "talk with ".utf8
            out += Sanitized.inline(person).utf8
            out += ": ".utf8
        }
        out += Sanitized.inline(item.pointee.text).utf8
        if let due = item.pointee.due {
            out += " · due ".utf8
            out += Sanitized.inline(due).utf8
        }
        if overdue { out += " · OVERDUE".utf8 }
        switch item.pointee.status {
        case .open: break
        case .done:
            out += " · DONE".utf8
            if let assessment = item.pointee.assessment { out += " (\(assessment)/5)".utf8 }
            if let outcome = item.pointee.outcome, !outcome.isEmpty {
                out += ": ".utf8
                out += Sanitized.inline(outcome).utf8
            }
        case .dropped:
            out += " · DROPPED".utf8
            if let reason = item.pointee.reason, !reason.isEmpty {
                out += ": ".utf8
                out += Sanitized.inline(reason).utf8
            }
        }
        out += " · ".utf8
        out += Sanitized.inline(item.pointee.meetingTitle).utf8
        out.append(0x0A)
    }
}
