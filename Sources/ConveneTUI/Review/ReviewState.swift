import ConveneCore

/// The review screen's state: the meetings list, an open record with its tab, and a search.
public struct ReviewState: Sendable {
    /// The tabs of an open record.
    public enum Tab: Int, CaseIterable, Sendable {
        case timeline, attendance, roles, groups, notes, actions

        public var title: String {
            switch self {
            case .timeline: "Timeline"
            case .attendance: "Attendance"
            case .roles: "Roles"
            case .groups: "Groups"
            case .notes: "Notes"
            case .actions: "Actions & follow-ups"
            }
        }
    }

    /// What the screen asks the program to fetch or write; results come back through `open`, `found`, `notice`.
    public enum Request: Equatable, Sendable {
        case open(String)
        case search(String)
        case export(String)
        /// Every open action and follow-up across meetings, or (`all`) done and dropped ones too.
        case followUps(all: Bool)
        case quit
    }

    /// The follow-ups list across meetings (`f` on the meetings list): what organizers still owe, oldest first by holder.
    public struct FollowUpsList: Sendable {
        public var items: [FollowUpItem]
        /// Whether done and dropped items are listed too.
        public var all: Bool
        /// The day overdue is judged against, `YYYY-MM-DD`.
        public var today: String
        public var selected = 0
        /// How many are open, counted once: the list may hold hundreds of thousands.
        public let open: Int

        public init(items: [FollowUpItem], all: Bool, today: String) {
            self.items = items
            self.all = all
            self.today = today
            open = items.count { $0.status == .open }
        }
    }

    public var meetings: [MeetingSummary]
    public var selected = 0
    public var record: MeetingRecord?
    public var tab = Tab.timeline
    public var scroll = 0
    /// The search being typed after `/`; nil when not typing.
    public var query: String?
    public var hits: [NoteSearch.Hit]?
    /// Showing instead of the meetings list while set.
    public var followUps: FollowUpsList?
    public var notice: String?

    public init(meetings: [MeetingSummary]) { self.meetings = meetings }
}
