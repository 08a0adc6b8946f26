import Foundation

/// What the records say about one-to-ones before a meeting, so assigning organizers can be fair: how much each
/// person already holds, who has talked with whom and when, who has seen conversations through, and who came before.
public struct OneToOneHistory: Equatable, Sendable {
    /// Follow-ups one organizer has had with one person (any not dropped), and when the latest was captured.
    public struct Talks: Equatable, Sendable {
        public var count = 0
        public var latest = Date.distantPast
    }

    /// Open actions and follow-ups each person holds now: the load an assignment adds to.
    public var load: [String: Int] = [:]
    /// Keyed by organizer, then by the person talked with.
    public var talks: [String: [String: Talks]] = [:]
    /// Follow-ups each organizer carried to done.
    public var completed: [String: Int] = [:]
    /// Earlier meetings each person attended (marked present, or left early).
    public var visits: [String: Int] = [:]

    public init() {}

    /// Counts one action or follow-up from the records.
    public mutating func add(_ item: FollowUpItem) {
        guard let holder = item.holder else { return }
        if item.status == .open { load[holder, default: 0] += 1 }
        guard item.kind == Note.Kind.followUp.rawValue, let person = item.person, item.status != .dropped else { return }
        var pair = talks[holder, default: [:]][person, default: Talks()]
        pair.count += 1
        pair.latest = max(pair.latest, item.openedAt)
        talks[holder, default: [:]][person] = pair
        if item.status == .done { completed[holder, default: 0] += 1 }
    }

    /// The follow-ups `organizer` has had with `person`.
    public func talks(_ organizer: String, with person: String) -> Talks { talks[organizer]?[person] ?? Talks() }
}
