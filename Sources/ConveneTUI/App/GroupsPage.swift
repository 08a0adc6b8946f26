/// The breakout screen's own state: which round is shown, and a move in progress.
public struct GroupsPage: Equatable, Sendable {
    /// The round shown (0-based); nil follows the round the item's timer is in.
    public var round: Int?
    /// While moving someone: their position in the shown round's list, and the group they go to.
    public var moving: Move?
    /// The first group listed, so a small terminal can scroll to every group of a large room.
    public var firstGroup = 0

    public struct Move: Equatable, Sendable {
        public var person: Int
        public var toGroup: Int
    }

    public init() {}
}
