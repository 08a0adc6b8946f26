import Foundation

/// What the index keeps of one meeting: enough to list it, count it in stats and show search hits without its log.
public struct MeetingDigest: Codable, Equatable, Sendable {
    public var summary: MeetingSummary
    public var title: String
    /// The run of meetings it belongs to (`MeetingSeries`).
    public var series: String
    public var openedAt: Date
    public var itemTitles: [String]
    public var members: Int
    /// Different people who held a role.
    public var roleHolders: Int
    public var actions: Int
    public var followUps: Int
    public var plannedSeconds: Int
    public var actualSeconds: Int
    public var ranToTime: Bool?
    /// False when the log could not be replayed at all.
    public var readable = true

    public init(record: MeetingRecord) {
        summary = MeetingSummary(record: record)
        title = record.title
        series = record.series
        openedAt = record.openedAt
        itemTitles = record.timeline.items.map(\.title)
        members = record.attendance.counted.filter(\.isMember).count
        roleHolders = record.roles.distinctHolders
        actions = record.notes.actions.count
        followUps = record.notes.followUps.count
        plannedSeconds = record.timeline.plannedSeconds
        actualSeconds = record.timeline.actualSeconds
        ranToTime = record.timeline.ranToTime
    }

    /// A meeting whose log cannot be replayed: listed as damaged, counted nowhere else.
    public init(unreadableID id: String) {
        summary = MeetingSummary(unreadableID: id)
        title = summary.title
        series = ""
        openedAt = Date(timeIntervalSince1970: 0)
        itemTitles = []
        members = 0
        roleHolders = 0
        actions = 0
        followUps = 0
        plannedSeconds = 0
        actualSeconds = 0
        ranToTime = nil
        readable = false
    }
}
