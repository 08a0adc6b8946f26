import Foundation

/// Who is in the room, as folded from `person.*` events: the roster's people plus walk-ins, each with a mark.
public struct Attendance: Equatable, Sendable {
    /// Where one person stands; `expected` until someone marks them.
    public enum Mark: String, Equatable, Sendable {
        case expected, present, absent, left
    }

    public struct Record: Equatable, Sendable {
        public var mark: Mark = .expected
        /// Arrived after the first item started.
        public var late = false

        public init(mark: Mark = .expected, late: Bool = false) {
            self.mark = mark
            self.late = late
        }
    }

    /// People added during the meeting, in the order they walked in.
    public private(set) var walkIns: [Person] = []
    public private(set) var records: [String: Record] = [:]

    public init() {}

    public func record(of name: String) -> Record { records[name] ?? Record() }

    public func isPresent(_ name: String) -> Bool { record(of: name).mark == .present }

    mutating func arrived(_ person: Person, walkIn: Bool, onRoster: Bool, late: Bool) {
        if walkIn && !onRoster && !walkIns.contains(where: { $0.name == person.name }) { walkIns.append(person) }
        guard onRoster || walkIns.contains(where: { $0.name == person.name }) else { return }
        records[person.name] = Record(mark: .present, late: late)
    }

    mutating func mark(_ name: String, _ mark: Mark, known: Bool) {
        guard known || walkIns.contains(where: { $0.name == name }) else { return }
        records[name, default: Record()].mark = mark
    }
}

extension Meeting {
    /// Everyone who could be in the room: the roster in file order, then walk-ins.
    public var people: [Person] { roster.people + attendance.walkIns }

    /// Present people in roster order, then walk-ins.
    public var presentPeople: [Person] { people.filter { attendance.isPresent($0.name) } }

    func isOnRoster(_ name: String) -> Bool { roster.people.contains { $0.name == name } }
}
