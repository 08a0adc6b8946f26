import Foundation

/// A meeting as it stands after folding every event of its log; nothing else holds its state.
public struct Meeting: Sendable {
    public var id: String
    public var agendaFile: String
    public var agenda: Agenda
    public var roster: Roster
    public var openedAt: Date
    public var openedBy: String
    public var timeline: Timeline
    public var notes = NoteBook()
    /// Breakout groups by agenda item index.
    public var breakouts: [Int: BreakoutSchedule] = [:]
    public var attendance = Attendance()
    /// Who holds each role slot now.
    public var roleHolders: [RoleSlot: String] = [:]
    /// Events from a newer version, kept so they are shown and never lost.
    public var unknownEvents: [UnknownEvent] = []
    public var eventCount = 1

    /// The meeting as its first event created it.
    public init(opened: MeetingOpened, at: Date, by: String) {
        id = opened.id
        agendaFile = opened.agendaFile
        agenda = opened.agenda
        roster = opened.roster
        openedAt = at
        openedBy = by
        timeline = Timeline(agenda: opened.agenda)
    }

    /// Folds one more event into the meeting.
    public mutating func apply(_ event: Event) {
        event.payload.apply(to: &self, at: event.at, by: event.by)
        eventCount += 1
    }

    /// Replays a whole log; the first event must be `meeting.opened`.
    public static func replay(_ events: [Event]) -> Meeting? {
        guard let first = events.first, let opened = first.payload as? MeetingOpened else { return nil }
        var meeting = Meeting(opened: opened, at: first.at, by: first.by)
        for event in events.dropFirst() { meeting.apply(event) }
        return meeting
    }
}
