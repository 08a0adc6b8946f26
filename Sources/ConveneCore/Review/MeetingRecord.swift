import Foundation

/// Everything a member reviewing a meeting needs, derived purely from its fold and what its log could not hold.
/// One section per concern, so attendance, roles and groups sections can join without touching the others.
public struct MeetingRecord: Codable, Equatable, Sendable {
    /// Whether the meeting is still running, ended, or has a log with unreadable lines.
    public enum Status: String, Codable, Sendable {
        case live, ended, damaged
    }

    public var id: String
    public var title: String
    /// The run of meetings it belongs to: the agenda's `series:` or its title's stem.
    public var series: String
    public var place: String?
    public var openedAt: Date
    public var openedBy: String
    public var status: Status
    public var timeline: TimelineSection
    public var attendance: AttendanceSection
    public var roles: RolesSection
    public var groups: GroupsSection
    public var notes: NotesSection
    public var unreadable: UnreadableSection

    /// The record of `meeting` as it stood at `now`, with the lines its log could not give.
    public init(meeting: Meeting, unreadable: UnreadableSection = .init(), now: Date) {
        id = meeting.id
        title = meeting.agenda.title
        series = MeetingSeries.of(series: meeting.agenda.series, title: meeting.agenda.title)
        place = meeting.agenda.place
        openedAt = meeting.openedAt
        openedBy = meeting.openedBy
        var gaps = unreadable
        gaps.unknownEventTypes = meeting.unknownEvents.map(\.originalType)
        self.unreadable = gaps
        status = !gaps.lines.isEmpty ? .damaged : meeting.timeline.isEnded ? .ended : .live
        timeline = TimelineSection(meeting: meeting, now: now)
        attendance = AttendanceSection(meeting: meeting)
        roles = RolesSection(meeting: meeting)
        groups = GroupsSection(meeting: meeting)
        notes = NotesSection(meeting: meeting)
    }

    /// The day the meeting opened, `YYYY-MM-DD` (UTC, as the log holds it).
    public var date: String { String(Timestamp.format(openedAt).prefix(10)) }
}

/// Log lines that could not be read, and events from a newer version this one cannot interpret.
public struct UnreadableSection: Codable, Equatable, Sendable {
    /// An unreadable line and why.
    public struct Line: Codable, Equatable, Sendable {
        public var line: Int
        public var reason: String
    }

    public var lines: [Line] = []
    public var unknownEventTypes: [String] = []

    public init(lines: [Line] = []) { self.lines = lines }

    /// The unreadable lines of a log read as `contents`: damaged middle lines, then a torn tail.
    public init(contents: LogContents) {
        lines = (contents.damaged + (contents.tornTail.map { [$0] } ?? [])).map { Line(line: $0.line, reason: $0.reason) }
    }

    public var isEmpty: Bool { lines.isEmpty && unknownEventTypes.isEmpty }

    /// The events from a newer convene in words, e.g. "1 event from a newer convene (kinds: poll.opened) kept
    /// unchanged", so a member knows the record holds more than this version can show; nil when there are none.
    public var newerEvents: String? {
        guard !unknownEventTypes.isEmpty else { return nil }
        let count = unknownEventTypes.count
        let kinds = Set(unknownEventTypes).sorted().joined(separator: ", ")
        return "\(count) event\(count == 1 ? "" : "s") from a newer convene (kinds: \(kinds)) kept unchanged"
    }
}
