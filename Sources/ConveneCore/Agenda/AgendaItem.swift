/// One timed part of a meeting, with the roles, prompt and breakouts it carries.
public struct AgendaItem: Codable, Equatable, Sendable {
    public var title: String
    /// Planned duration in seconds.
    public var seconds: Int
    /// Roles held for this item only, such as opener or framer.
    public var roles: [String]
    public var prompt: String?
    /// Interval in seconds for a chime during long items (a phone zap's call captains).
    public var cueSeconds: Int?
    public var breakout: BreakoutPlan?
    /// Roles inside every breakout group of this item.
    public var groupRoles: [String]
    /// Free text and bullets the facilitator wrote under the item.
    public var notes: [String]
    /// The line of the item's heading in its agenda file, for messages.
    public var line: Int

    public init(
        title: String, seconds: Int, roles: [String] = [], prompt: String? = nil,
        cueSeconds: Int? = nil, breakout: BreakoutPlan? = nil, groupRoles: [String] = [],
        notes: [String] = [], line: Int = 0
    ) {
        self.title = title
        self.seconds = seconds
        self.roles = roles
        self.prompt = prompt
        self.cueSeconds = cueSeconds
        self.breakout = breakout
        self.groupRoles = groupRoles
        self.notes = notes
        self.line = line
    }
}
