import Foundation

/// One past-tense fact about a meeting: what happened, when, and who or which terminal wrote it.
public struct Event: Sendable {
    public var at: Date
    public var by: String
    public var payload: any EventPayload

    public init(at: Date, by: String, _ payload: any EventPayload) {
        self.at = at
        self.by = by
        self.payload = payload
    }

    /// The event's name in the log, such as `item.started`; an unknown event keeps its own.
    public var type: String {
        (payload as? UnknownEvent)?.originalType ?? Swift.type(of: payload).type
    }
}

/// The content of an event: it knows its name in the log and how it changes a meeting.
public protocol EventPayload: Codable, Sendable {
    /// The `type` field written to the log.
    static var type: String { get }
    /// Folds this fact into the meeting; must accept any input without trapping.
    func apply(to meeting: inout Meeting, at: Date, by: String)
}
