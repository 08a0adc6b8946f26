import Foundation

/// The open actions and follow-ups a meeting inherits from the earlier meetings of its series, so a group starts
/// where it left off instead of rediscovering what nobody did.
public enum CarryForward {
    /// Of `items` (from every meeting), those still open that came from meetings of `series` other than `meeting`
    /// and were captured before `openedAt`, by who holds them and each one's oldest first, so a facilitator can ask
    /// each person about theirs in turn; none when the series has no name to match on.
    public static func items(_ items: [FollowUpItem], series: String, meeting: String, openedAt: Date) -> [FollowUpItem] {
        guard !series.isEmpty else { return [] }
        let carried = items.filter { $0.status == .open && $0.series == series && $0.meeting != meeting && $0.openedAt < openedAt }
        return FollowUpsReport.byHolder(carried.sorted { $0.openedAt != $1.openedAt ? $0.openedAt < $1.openedAt : $0.id < $1.id })
    }

    /// A count in words: `3 actions and 2 follow-ups open from earlier meetings`, with `, 1 overdue` when `today` is
    /// given; nil when nothing is open.
    public static func summary(_ items: [FollowUpItem], today: String? = nil) -> String? {
        let open = items.filter { $0.status == .open }
        guard !open.isEmpty else { return nil }
        let actions = open.count { $0.kind == Note.Kind.action.rawValue }, followUps = open.count - actions
        let parts = [counted(actions, "action"), counted(followUps, "follow-up")].compactMap { $0 }
        let overdue = today.map { today in open.count { $0.isOverdue(today: today) } } ?? 0
        return parts.joined(separator: " and ") + " open from earlier meetings" + (overdue > 0 ? ", \(overdue) overdue" : "")
    }

    private static func counted(_ n: Int, _ noun: String) -> String? {
        n == 0 ? nil : "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}

extension Array where Element == FollowUpItem {
    /// These items with each one `fresh` also holds (by id) replaced by that newer reading, in the same order: what a
    /// screen shows after re-reading the meeting one of them came from.
    public func refreshed(from fresh: [FollowUpItem]) -> [FollowUpItem] {
        let byID = Dictionary(fresh.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        return map { byID[$0.id] ?? $0 }
    }

    /// The meetings these items came from, each once, in the order first met: the logs to read again to refresh them.
    public var sourceMeetings: [String] {
        var seen = Set<String>()
        return map(\.meeting).filter { seen.insert($0).inserted }
    }
}
