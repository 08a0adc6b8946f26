import Foundation

/// Where an action or a follow-up stands after the meeting: still to do, done with what came of it, or let go.
///
/// Only actions and follow-ups carry one; a note's follow-through changes only through `followup.*` events, which may
/// be appended to a meeting's log long after it ended.
public struct FollowThrough: Equatable, Sendable {
    /// The three states an organizer tracks an item through.
    public enum Status: String, Codable, CaseIterable, Sendable {
        case open, done, dropped
    }

    public var status: Status = .open
    /// For a done item: what came of it, and how it went on a scale of 1 (poorly) to 5 (very well), if said.
    public var outcome: String?
    public var assessment: Int?
    /// For a dropped item: why.
    public var reason: String?
    /// When and by whom it was closed (done or dropped).
    public var closedAt: Date?
    public var closedBy: String?
    /// Owners (actions) or organizers (follow-ups) it had before a reassignment, oldest first.
    public var formerHolders: [String] = []

    public init() {}

    /// The assessments an organizer may give: anything else is ignored when folded.
    public static let assessments = 1...5
}
