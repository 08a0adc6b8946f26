/// Who held which role in past meetings, oldest meeting first: the memory behind fair suggestions.
public struct RoleHistory: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        public var meeting: String
        public var role: String
        public var person: String

        public init(meeting: String, role: String, person: String) {
            self.meeting = meeting
            self.role = role
            self.person = person
        }
    }

    /// Entries in meeting order; within a meeting, in slot order.
    public var entries: [Entry]

    public init(entries: [Entry] = []) { self.entries = entries }

    /// The final holders of one meeting, appended as its entries.
    public mutating func add(meeting: String, holders: [RoleSlot: String]) {
        entries += holders.sorted { $0.key < $1.key }.map { Entry(meeting: meeting, role: $0.key.role, person: $0.value) }
    }

    /// How many roles each person has held, over all meetings.
    public var countsByPerson: [String: Int] { entries.reduce(into: [:]) { $0[$1.person, default: 0] += 1 } }
}
