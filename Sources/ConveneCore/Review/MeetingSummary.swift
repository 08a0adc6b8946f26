/// One line of `convene meetings`: what a member needs to pick a meeting.
public struct MeetingSummary: Codable, Equatable, Sendable {
    public var id: String
    public var date: String
    public var title: String
    public var attendance: Int
    public var itemsRun: Int
    public var notes: Int
    public var status: MeetingRecord.Status

    public init(record: MeetingRecord) {
        id = record.id
        date = record.date
        title = record.title
        attendance = record.attendance.count
        itemsRun = record.timeline.itemsRun
        notes = record.notes.entries.count
        status = record.status
    }

    /// A log whose first line cannot be read: listed so it is not lost, with nothing else known.
    public init(unreadableID id: String) {
        self.id = id
        date = String(id.prefix(10))
        title = "(unreadable log)"
        attendance = 0
        itemsRun = 0
        notes = 0
        status = .damaged
    }
}
