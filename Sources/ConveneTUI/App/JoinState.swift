import ConveneCore
import Foundation

/// Everything the note-taker screen shows: the meeting (a fold of the log), the group captured for,
/// the editor, the chosen kind, and whether the last note is saved.
public struct JoinState: Sendable {
    /// Choosing the group first (when `--group` was not given), then capturing notes.
    public enum Stage: Equatable, Sendable {
        case pickGroup, capture
    }

    public var meeting: Meeting
    public var author: String
    public var group: Int?
    public var stage: Stage
    public var editor = LineEditor()
    /// The group picker's field: digits only.
    public var picker = LineEditor()
    public var kind: Note.Kind = .note
    /// The id of the note handed to the log and not yet read back; the text stays in the editor until then.
    public var pending: String?
    /// When the last note of this screen was read back from the log, i.e. is on disk.
    public var savedAt: Date?
    public var notice: String?
    public var readOnlyReason: String?
    /// The room's clock, for clock times on screen.
    public let roomClock: RoomClock

    public init(meeting: Meeting, author: String, group: Int?, askGroup: Bool, timeZone: TimeZone, readOnlyReason: String? = nil) {
        self.meeting = meeting
        self.author = author
        self.group = group
        roomClock = RoomClock(timeZone: timeZone, from: meeting.openedAt.startOfMinute)
        self.readOnlyReason = readOnlyReason
        stage = askGroup && group == nil ? .pickGroup : .capture
    }

    /// Folds events read from the log; the pending note, once read back, is acknowledged and leaves the editor.
    public mutating func receive(_ events: [Event]) {
        for event in events {
            meeting.apply(event)
            if let added = event.payload as? NoteAdded, added.id == pending {
                pending = nil
                savedAt = event.at
                _ = editor.submit()
            }
        }
    }

    /// A write the disk refused: the text stays in the editor and the reason is shown in words, after the news
    /// that the text is kept, so a status line cut short by a long path still says so.
    public mutating func show(problem: String) {
        if pending != nil {
            pending = nil
            notice = "Your text is kept (Enter tries again). \(problem)"
        } else {
            notice = problem
        }
    }

    /// A wall-clock time as `HH:MM` in the room's time zone.
    public func clock(_ date: Date) -> String { roomClock.hoursMinutes(date) }
}
