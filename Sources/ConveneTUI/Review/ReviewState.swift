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
        case quit
    }

    public var meetings: [MeetingSummary]
    public var selected = 0
    public var record: MeetingRecord?
    public var tab = Tab.timeline
    public var scroll = 0
    /// The search being typed after `/`; nil when not typing.
    public var query: String?
    public var hits: [NoteSearch.Hit]?
    public var notice: String?

    public init(meetings: [MeetingSummary]) { self.meetings = meetings }
}
