/// Who was expected (the roster the meeting opened with); present, late and left join when attendance is recorded.
public struct AttendanceSection: Codable, Equatable, Sendable {
    /// One person as the roster listed them.
    public struct Person: Codable, Equatable, Sendable {
        public var name: String
        public var tags: [String]
        public var isMember: Bool { tags.contains("member") }
        public var isNew: Bool { tags.contains("new") }
    }

    public var expected: [Person]

    init(roster: Roster) {
        expected = roster.people.map { Person(name: $0.name, tags: $0.tags) }
    }

    /// Attendance as far as the record knows: the expected people until arrivals are recorded.
    public var count: Int { expected.count }
}
