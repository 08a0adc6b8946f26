import Foundation

/// What the archive-wide pages need of one meeting (the list, series, people, charts), kept in the site's manifest so
/// a rerun builds them without reading the logs of meetings that did not change.
public struct SiteMeeting: Equatable, Sendable {
    /// One role as held: the role's name (`facilitator`, without its item or group) and who held it.
    public struct Role: Equatable, Sendable {
        public var role: String
        public var person: String
    }

    public var id: String
    public var date: String
    public var openedAt: Date
    public var title: String
    public var series: String
    public var status: MeetingRecord.Status
    /// False when the log could not be replayed at all: listed so it is not lost, counted nowhere else.
    public var readable: Bool
    public var attended: Int
    public var expected: Int
    public var attendanceRecorded: Bool
    public var notes: Int
    public var decisions: Int
    public var openItems: Int
    public var trackedItems: Int
    public var plannedSeconds: Int
    public var actualSeconds: Int
    public var itemsRun: Int
    /// The people counted as attending (present or left early, or everyone expected when nothing was marked).
    public var people: [String]
    public var roles: [Role]
    /// The first few decisions' words, for the meeting list.
    public var decisionTexts: [String]

    /// How many decisions the meeting list shows; the rest are on the meeting's page.
    public static let listedDecisions = 3

    public init(record: MeetingRecord) {
        id = record.id
        date = record.date
        openedAt = record.openedAt
        title = record.title
        series = record.series
        status = record.status
        readable = true
        attended = record.attendance.count
        expected = record.attendance.expected.count
        attendanceRecorded = record.attendance.isRecorded
        notes = record.notes.entries.filter { !$0.struck }.count
        let decided = MeetingPage.decisionEntries(record.notes)
        decisions = decided.count
        decisionTexts = decided.prefix(Self.listedDecisions).map(\.text)
        let tracked = record.notes.actions + record.notes.followUps
        trackedItems = tracked.count
        openItems = tracked.filter { $0.status == .open }.count
        plannedSeconds = record.timeline.plannedSeconds
        actualSeconds = record.timeline.actualSeconds
        itemsRun = record.timeline.itemsRun
        people = record.attendance.counted.map(\.name)
        roles = record.roles.holders.map { Role(role: $0.role, person: $0.person) }
    }

    /// A meeting whose log cannot be replayed, known only by its id.
    public init(unreadableID id: String) {
        self.id = id
        date = String(id.prefix(10))
        openedAt = Timestamp.parse(date + "T00:00:00Z") ?? Date(timeIntervalSince1970: 0)
        title = "(unreadable log)"
        series = ""
        status = .damaged
        readable = false
        attended = 0
        expected = 0
        attendanceRecorded = false
        notes = 0
        decisions = 0
        openItems = 0
        trackedItems = 0
        plannedSeconds = 0
        actualSeconds = 0
        itemsRun = 0
        people = []
        roles = []
        decisionTexts = []
    }

    /// Seconds over (positive) or under (negative) plan for the items run; nil before anything ran.
    public var overPlan: Int? { itemsRun == 0 ? nil : actualSeconds - plannedSeconds }

    /// The page's path from the top of the site.
    public var page: String { "meetings/" + id + ".html" }

    /// Newest first, by when it opened, then by id.
    public static func newestFirst(_ a: SiteMeeting, _ b: SiteMeeting) -> Bool {
        a.openedAt != b.openedAt ? a.openedAt > b.openedAt : a.id > b.id
    }
}
