import Foundation

/// One action or follow-up as organizers track it across meetings: which meeting it came from, who it waits on, and
/// where it stands.
public struct FollowUpItem: Codable, Equatable, Sendable {
    /// The short id organizers type (`convene followups done k7q2xm`).
    public var id: String
    public var meeting: String
    public var meetingTitle: String
    /// The meeting's run (`MeetingSeries`), so carry-forward finds a group's own items.
    public var series: String
    /// The note's id within its meeting's log: what `followup.*` events name.
    public var note: String
    /// `action` or `follow-up`.
    public var kind: String
    public var text: String
    /// An action's owner or a follow-up's organizer.
    public var holder: String?
    /// For a follow-up: the person to talk with.
    public var person: String?
    public var due: String?
    public var status: FollowThrough.Status
    public var outcome: String?
    public var assessment: Int?
    public var reason: String?
    /// When it was captured and, if closed, when.
    public var openedAt: Date
    public var closedAt: Date?

    public init(id: String, meeting: String, meetingTitle: String, series: String, note: String, kind: String, text: String,
                holder: String? = nil, person: String? = nil, due: String? = nil, status: FollowThrough.Status = .open,
                outcome: String? = nil, assessment: Int? = nil, reason: String? = nil, openedAt: Date, closedAt: Date? = nil) {
        self.id = id
        self.meeting = meeting
        self.meetingTitle = meetingTitle
        self.series = series
        self.note = note
        self.kind = kind
        self.text = text
        self.holder = holder
        self.person = person
        self.due = due
        self.status = status
        self.outcome = outcome
        self.assessment = assessment
        self.reason = reason
        self.openedAt = openedAt
        self.closedAt = closedAt
    }

    /// Every action and follow-up of a record that was not struck out, in the order captured.
    public static func all(in record: MeetingRecord, series: String) -> [FollowUpItem] {
        (record.notes.actions + record.notes.followUps).sorted { $0.at < $1.at }.compactMap { entry in
            guard let id = entry.followUpID, let status = entry.status else { return nil }
            return FollowUpItem(id: id, meeting: record.id, meetingTitle: record.title, series: series, note: entry.id,
                                kind: entry.kind, text: entry.text, holder: entry.holder, person: entry.person, due: entry.due,
                                status: status, outcome: entry.outcome, assessment: entry.assessment, reason: entry.reason,
                                openedAt: entry.at, closedAt: entry.closedAt)
        }
    }

    /// Whether its due date (`YYYY-MM-DD`) is before `today` (`YYYY-MM-DD`) while it is still open; a due date in
    /// words ("after the rally") is never overdue, since convene cannot tell.
    public func isOverdue(today: String) -> Bool {
        guard status == .open, let due, due.utf8.prefix(10).lexicographicallyPrecedes(today.utf8.prefix(10)) else { return false }
        return AgendaDate.startsWithDay(due)
    }
}
