/// Figures per meeting and over time, for a working group reporting its growth.
public struct RecordStats: Codable, Equatable, Sendable {
    /// One meeting's figures.
    public struct Row: Codable, Equatable, Sendable {
        public var meeting: String
        public var date: String
        public var attendance: Int
        /// People on this meeting's list who were on no earlier meeting's list.
        public var newPeople: Int
        public var members: Int
        public var nonMembers: Int
        /// Distinct people holding a role; 0 until roles are recorded.
        public var roleHolders: Int
        public var notes: Int
        public var actions: Int
        public var followUps: Int
        public var plannedSeconds: Int
        public var actualSeconds: Int
        public var ranToTime: Bool?
    }

    /// Oldest first, so trends read left to right.
    public var meetings: [Row]

    /// Meetings that ran to time, out of those that ran at all.
    public var ranToTime: (yes: Int, of: Int) {
        let known = meetings.compactMap(\.ranToTime)
        return (known.filter { $0 }.count, known.count)
    }
}
