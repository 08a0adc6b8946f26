import Foundation

/// The meeting was created from an agenda and roster, carried whole so the record stands alone.
public struct MeetingOpened: EventPayload, Equatable {
    public static let type = "meeting.opened"
    public var id: String
    public var agendaFile: String
    public var agenda: Agenda
    public var roster: Roster
    /// The log format version that wrote this meeting.
    public var format: Int

    public init(id: String, agendaFile: String, agenda: Agenda, roster: Roster, format: Int = 1) {
        self.id = id
        self.agendaFile = agendaFile
        self.agenda = agenda
        self.roster = roster
        self.format = format
    }

    /// A second `meeting.opened` in one log is not meaningful; the first one wins.
    public func apply(to meeting: inout Meeting, at: Date, by: String) {}
}

/// An item became the current one and its clock began (or went on) running.
public struct ItemStarted: EventPayload, Equatable {
    public static let type = "item.started"
    public var item: Int
    public init(item: Int) { self.item = item }
    public func apply(to meeting: inout Meeting, at: Date, by: String) { meeting.timeline.start(item, at: at) }
}

/// The current item's clock was paused.
public struct TimerPaused: EventPayload, Equatable {
    public static let type = "timer.paused"
    public init() {}
    public func apply(to meeting: inout Meeting, at: Date, by: String) { meeting.timeline.pause(at: at) }
}

/// The current item's clock was set running again after a pause.
public struct TimerResumed: EventPayload, Equatable {
    public static let type = "timer.resumed"
    public init() {}
    public func apply(to meeting: inout Meeting, at: Date, by: String) { meeting.timeline.resume(at: at) }
}

/// An item was given more time.
public struct ItemExtended: EventPayload, Equatable {
    public static let type = "item.extended"
    public var item: Int
    public var seconds: Int
    public init(item: Int, seconds: Int) {
        self.item = item
        self.seconds = seconds
    }
    public func apply(to meeting: inout Meeting, at: Date, by: String) { meeting.timeline.adjust(item, by: seconds) }
}

/// An item was given less time.
public struct ItemShortened: EventPayload, Equatable {
    public static let type = "item.shortened"
    public var item: Int
    public var seconds: Int
    public init(item: Int, seconds: Int) {
        self.item = item
        self.seconds = seconds
    }
    public func apply(to meeting: inout Meeting, at: Date, by: String) {
        // `-Int.min` does not exist; a log line saying so is ignored like any other absurd adjustment.
        guard seconds != .min else { return }
        meeting.timeline.adjust(item, by: -seconds)
    }
}

/// An item was dropped from the meeting; if it was current, the next item becomes current, not yet running.
public struct ItemSkipped: EventPayload, Equatable {
    public static let type = "item.skipped"
    public var item: Int
    public init(item: Int) { self.item = item }
    public func apply(to meeting: inout Meeting, at: Date, by: String) { meeting.timeline.skip(item, at: at) }
}

/// The meeting finished; every clock stopped.
public struct MeetingEnded: EventPayload, Equatable {
    public static let type = "meeting.ended"
    public init() {}
    public func apply(to meeting: inout Meeting, at: Date, by: String) { meeting.timeline.end(at: at) }
}
