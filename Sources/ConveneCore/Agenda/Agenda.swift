/// A meeting plan as written by a facilitator: the title, when and where, and the items in order.
public struct Agenda: Codable, Equatable, Sendable {
    public var title: String
    public var date: AgendaDate?
    public var place: String?
    /// The run of meetings this one belongs to (`series:`), so open actions carry forward from the earlier ones.
    public var series: String?
    /// Meeting-wide roles such as facilitator or note-taker, held for the whole meeting.
    public var roles: [String]
    public var warn: WarnThreshold
    public var description: String
    public var items: [AgendaItem]

    public init(
        title: String, date: AgendaDate? = nil, place: String? = nil, roles: [String] = [],
        warn: WarnThreshold = .default, description: String = "", items: [AgendaItem]
    ) {
        self.title = title
        self.date = date
        self.place = place
        self.roles = roles
        self.warn = warn
        self.description = description
        self.items = items
    }

    /// The sum of every item's planned duration, in seconds.
    public var totalSeconds: Int { items.reduce(0) { $0 + $1.seconds } }
}
