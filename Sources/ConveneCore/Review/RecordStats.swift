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

    public init(records: [MeetingRecord]) {
        var seen = Set<String>()
        meetings = records.sorted { $0.openedAt < $1.openedAt }.map { record in
            let names = Set(record.attendance.expected.map(\.name))
            let fresh = names.subtracting(seen).count
            seen.formUnion(names)
            let members = record.attendance.expected.filter(\.isMember).count
            return Row(meeting: record.id, date: record.date, attendance: record.attendance.count, newPeople: fresh,
                       members: members, nonMembers: record.attendance.count - members, roleHolders: 0,
                       notes: record.notes.entries.count, actions: record.notes.actions.count,
                       followUps: record.notes.followUps.count, plannedSeconds: record.timeline.plannedSeconds,
                       actualSeconds: record.timeline.actualSeconds, ranToTime: record.timeline.ranToTime)
        }
    }

    /// Meetings that ran to time, out of those that ran at all.
    public var ranToTime: (yes: Int, of: Int) {
        let known = meetings.compactMap(\.ranToTime)
        return (known.filter { $0 }.count, known.count)
    }
}
