import Foundation

/// The agenda as planned against how long each item actually ran.
public struct TimelineSection: Codable, Equatable, Sendable {
    /// One agenda item, planned and actual.
    public struct Item: Codable, Equatable, Sendable {
        public var number: Int
        public var title: String
        public var plannedSeconds: Int
        /// Planned time after `+`/`-` adjustments during the meeting.
        public var targetSeconds: Int
        public var actualSeconds: Int
        public var started: Bool
        public var skipped: Bool
    }

    public var items: [Item]
    public var startedAt: Date?
    public var endedAt: Date?

    init(meeting: Meeting, now: Date) {
        items = meeting.agenda.items.enumerated().map { index, item in
            let run = meeting.timeline.runs[index]
            return Item(number: index + 1, title: item.title, plannedSeconds: run.plannedSeconds,
                        targetSeconds: run.targetSeconds, actualSeconds: Int(meeting.elapsed(index, now: now).rounded()),
                        started: run.hasStarted, skipped: run.skipped)
        }
        startedAt = meeting.timeline.startedAt
        endedAt = meeting.timeline.endedAt
    }

    public var plannedSeconds: Int { items.reduce(0) { $0 + $1.plannedSeconds } }
    public var actualSeconds: Int { items.reduce(0) { $0 + $1.actualSeconds } }
    public var itemsRun: Int { items.filter(\.started).count }
    /// Whether the items run took no longer than planned (a minute of grace); nil before anything ran.
    public var ranToTime: Bool? {
        itemsRun == 0 ? nil : actualSeconds <= plannedSeconds + 60
    }
}
