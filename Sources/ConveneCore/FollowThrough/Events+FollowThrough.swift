import Foundation

/// An action or follow-up was done: what came of it and, optionally, how it went (1-5).
public struct FollowUpCompleted: EventPayload, Equatable {
    public static let type = "followup.completed"
    /// The note's id within this meeting's log.
    public var id: String
    public var outcome: String
    public var assessment: Int?

    public init(id: String, outcome: String, assessment: Int? = nil) {
        self.id = id
        self.outcome = outcome
        self.assessment = assessment
    }

    public func apply(to meeting: inout Meeting, at: Date, by: String) {
        meeting.notes.updateTracked(id) { note in
            note.followThrough.status = .done
            note.followThrough.outcome = outcome
            note.followThrough.assessment = assessment.flatMap { FollowThrough.assessments.contains($0) ? $0 : nil }
            note.followThrough.reason = nil
            note.followThrough.closedAt = at
            note.followThrough.closedBy = by
        }
    }
}

/// An action got a new owner, or a follow-up a new organizer; the earlier one is kept in its history.
public struct FollowUpReassigned: EventPayload, Equatable {
    public static let type = "followup.reassigned"
    public var id: String
    public var to: String

    public init(id: String, to: String) {
        self.id = id
        self.to = to
    }

    public func apply(to meeting: inout Meeting, at: Date, by: String) {
        meeting.notes.updateTracked(id) { note in
            if let holder = note.holder, holder != to { note.followThrough.formerHolders.append(holder) }
            note.holder = to
        }
    }
}

/// An action or follow-up was let go, with the reason, so it no longer counts as open.
public struct FollowUpDropped: EventPayload, Equatable {
    public static let type = "followup.dropped"
    public var id: String
    public var reason: String

    public init(id: String, reason: String) {
        self.id = id
        self.reason = reason
    }

    public func apply(to meeting: inout Meeting, at: Date, by: String) {
        meeting.notes.updateTracked(id) { note in
            note.followThrough.status = .dropped
            note.followThrough.reason = reason
            note.followThrough.outcome = nil
            note.followThrough.assessment = nil
            note.followThrough.closedAt = at
            note.followThrough.closedBy = by
        }
    }
}

/// An action or follow-up was given a due date (`YYYY-MM-DD`, or free text as a note-taker wrote it).
public struct FollowUpDueSet: EventPayload, Equatable {
    public static let type = "followup.due.set"
    public var id: String
    public var due: String

    public init(id: String, due: String) {
        self.id = id
        self.due = due
    }

    public func apply(to meeting: inout Meeting, at: Date, by: String) {
        meeting.notes.updateTracked(id) { $0.due = due }
    }
}
