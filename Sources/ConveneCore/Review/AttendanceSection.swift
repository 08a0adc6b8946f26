/// Who was expected (the roster the meeting opened with, plus walk-ins) and what attendance recorded of each.
public struct AttendanceSection: Codable, Equatable, Sendable {
    /// One person as the roster or a walk-in listed them, with their mark.
    public struct Person: Codable, Equatable, Sendable {
        public var name: String
        public var tags: [String]
        /// `expected`, `present`, `absent` or `left`.
        public var mark: String
        public var late: Bool
        public var walkIn: Bool
        public var isMember: Bool { tags.contains("member") }
        public var isNew: Bool { tags.contains("new") }
        /// Present at some point: marked present, or left early.
        public var attended: Bool { mark == "present" || mark == "left" }
    }

    public var expected: [Person]

    init(meeting: Meeting) {
        let walkIns = Set(meeting.attendance.walkIns.map(\.name))
        expected = meeting.people.map { person in
            let record = meeting.attendance.record(of: person.name)
            return Person(name: person.name, tags: person.tags, mark: record.mark.rawValue, late: record.late,
                          walkIn: walkIns.contains(person.name))
        }
    }

    /// Whether anyone's attendance was marked; until then the roster stands in for who came.
    public var isRecorded: Bool { expected.contains { $0.mark != "expected" } }

    /// The people counted as attending: those marked present or left, or everyone expected if nothing was marked.
    public var counted: [Person] { isRecorded ? expected.filter(\.attended) : expected }

    public var count: Int { counted.count }

    /// A person's mark in words for records: `present, late`, `left early`, `walk-in`.
    public static func words(_ person: Person) -> String {
        var words = [person.mark == "left" ? "left early" : person.mark]
        if person.late { words.append("late") }
        if person.walkIn { words.append("walk-in") }
        return words.joined(separator: ", ")
    }
}
