import Foundation

/// Someone arrived: a roster member marked present, or a walk-in added with their tags.
public struct PersonArrived: EventPayload, Equatable {
    public static let type = "person.arrived"
    public var name: String
    public var tags: [String]?
    public var walkIn: Bool
    public var late: Bool?

    public init(name: String, tags: [String]? = nil, walkIn: Bool = false, late: Bool? = nil) {
        self.name = name
        self.tags = tags
        self.walkIn = walkIn
        self.late = late
    }

    public func apply(to meeting: inout Meeting, at: Date, by: String) {
        let onRoster = meeting.isOnRoster(name)
        meeting.attendance.arrived(Person(name: name, tags: tags ?? []), walkIn: walkIn, onRoster: onRoster, late: late ?? false)
    }
}

/// Someone left before the end; they stay in the record, marked as gone.
public struct PersonLeft: EventPayload, Equatable {
    public static let type = "person.left"
    public var name: String

    public init(name: String) { self.name = name }

    public func apply(to meeting: inout Meeting, at: Date, by: String) {
        meeting.attendance.mark(name, .left, known: meeting.isOnRoster(name))
    }
}

/// Someone was marked absent (or a present mark was undone).
public struct PersonMarkedAbsent: EventPayload, Equatable {
    public static let type = "person.marked.absent"
    public var name: String

    public init(name: String) { self.name = name }

    public func apply(to meeting: inout Meeting, at: Date, by: String) {
        meeting.attendance.mark(name, .absent, known: meeting.isOnRoster(name))
    }
}
