import ConveneCore

/// A meeting read from its log for a live screen, with any recovery done and explained.
struct OpenedMeeting {
    var meeting: Meeting
    var follower: LogFollower
    /// Set when a middle line is unreadable: the screen may watch but not write.
    var readOnlyReason: String?
    /// Said once to the person: what recovery did.
    var warning: String?

    /// Reads the log, setting a torn last line aside first so new lines are never glued to it; a log that cannot be
    /// written (a read-only disk) opens read-only, changed in nothing.
    static func open(_ log: EventLogFile) throws(LogError) -> OpenedMeeting {
        var contents = try log.read()
        var warning: String?
        let unwritable = log.writeProblem()
        if unwritable == nil, contents.damaged.isEmpty, let torn = contents.tornTail {
            try log.recoverTornTail()
            warning = "line \(torn.line) of the log was cut short (\(torn.reason)); it was moved to \(log.tornPath)"
            contents = try log.read()
        }
        guard let meeting = Meeting.replay(contents.events) else {
            throw LogError("\(log.path) does not start with a meeting.opened event; it is not a convene meeting log")
        }
        var readOnly = unwritable?.message
        if readOnly == nil, let first = contents.damaged.first {
            readOnly = "line \(first.line) of \(log.path) is unreadable (\(first.reason)); run 'convene repair \(meeting.id)'"
        }
        let lines = contents.events.count + contents.damaged.count + 1
        let follower = LogFollower(path: log.path, offset: contents.endOffset, lineNumber: lines)
        return OpenedMeeting(meeting: meeting, follower: follower, readOnlyReason: readOnly, warning: warning)
    }
}
