import ConveneCore
import Foundation

/// Everything the facilitator screen shows: the meeting (a fold of the log) plus what is on screen now.
public struct FacilitatorState: Sendable {
    /// Which full screen is showing.
    public enum Screen: Equatable, Sendable {
        case agenda, projector, attendance, roles, groups
        /// Notes per breakout group as they arrive, for the report back.
        case reportBack
        /// Open actions and follow-ups carried forward from earlier meetings of the series, to close in the room.
        case followUps
    }

    /// A box drawn over the screen that takes the keys until closed.
    public enum Overlay: Equatable, Sendable {
        case help
        /// Asks before ending the meeting; `skipCurrent` when the last item is being skipped.
        case confirmEnd(skipCurrent: Bool)
    }

    public var meeting: Meeting
    public var screen: Screen = .agenda
    /// What the breakout groups screen is showing and who is being moved.
    public var groupsPage = GroupsPage()
    public var overlay: Overlay?
    /// Cursors and inputs of the attendance and roles screens.
    public var people = PeopleScreens()
    /// Open actions and follow-ups from earlier meetings of this series, loaded when the screen opened; an item
    /// closed here stays listed, with its new status, until the screen closes.
    public var carried: [FollowUpItem] = [] {
        didSet {
            carriedOpen = carried.count { $0.status == .open }
            carriedSummary = CarryForward.summary(carried)
        }
    }
    /// How many of them are still open, and that in words, counted once per change rather than once per frame: a
    /// series that never closes anything can carry thousands.
    public private(set) var carriedOpen = 0
    public private(set) var carriedSummary: String?
    /// The cursor and input of the carried-forward screen.
    public var carriedPage = CarriedPage()
    /// The note editor opened with `t`, the same one note-takers use; it takes the keys while open.
    public var noteTaker: JoinState?
    /// The words shown while the screen flashes (time up, a cue), so the flash is never the only signal.
    public var banner: String?
    public var bannerUntil: Date?
    /// A short message on the status line, such as why a key did nothing.
    public var notice: String?
    /// Set when the log is damaged: the meeting can be watched but not changed.
    public var readOnlyReason: String?
    /// The room's clock, for clock times on screen.
    public let roomClock: RoomClock

    public init(meeting: Meeting, timeZone: TimeZone, readOnlyReason: String? = nil) {
        self.meeting = meeting
        roomClock = RoomClock(timeZone: timeZone, from: meeting.openedAt.startOfMinute)
        self.readOnlyReason = readOnlyReason
    }

    /// The banner's words while it shows.
    public func banner(at now: Date) -> String? {
        guard let banner, let bannerUntil, now < bannerUntil else { return nil }
        return banner
    }

    /// A wall-clock time as `HH:MM` in the room's time zone.
    public func clock(_ date: Date) -> String { roomClock.hoursMinutes(date) }
}
