/// The people expected at a meeting, in the order the roster file listed them.
public struct Roster: Codable, Equatable, Sendable {
    public var people: [Person]

    public init(people: [Person] = []) { self.people = people }

    public static let empty = Roster()
}
