import ConveneCore

/// Something an update asks the outside world to do; the run loop carries it out.
public enum Effect: Sendable {
    /// Append these facts to the meeting's log (they come back through the log, like everyone's).
    case append([any EventPayload])
    /// Append these facts to another meeting's log (where a carried-forward item came from), then re-read it.
    case appendToMeeting(String, [any EventPayload])
    /// Read these earlier meetings' logs again, where carried-forward items live, so items closed on another screen
    /// or with `convene followups` show as they now stand.
    case rereadMeetings([String])
    case bell
    case flash
    case quit
}

extension Effect {
    /// The event types an effect appends, for tests and messages.
    public var appendedTypes: [String] {
        switch self {
        case .append(let payloads), .appendToMeeting(_, let payloads): return payloads.map { type(of: $0).type }
        default: return []
        }
    }
}
