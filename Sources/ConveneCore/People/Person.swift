/// Someone on a roster or walking in: a name in any script, tags, and the columns a roster carried.
public struct Person: Codable, Equatable, Hashable, Sendable {
    public var name: String
    /// Tags such as `member`, `new`, `facilitator` (can facilitate a breakout).
    public var tags: [String]
    public var pronouns: String?
    /// Names this person must never be grouped with.
    public var notWith: [String]
    /// Roster columns convene does not interpret, kept as they were.
    public var attributes: [String: String]

    public init(name: String, tags: [String] = [], pronouns: String? = nil, notWith: [String] = [], attributes: [String: String] = [:]) {
        self.name = name
        self.tags = tags
        self.pronouns = pronouns
        self.notWith = notWith
        self.attributes = attributes
    }

    public func has(tag: String) -> Bool { tags.contains(tag) }
}
