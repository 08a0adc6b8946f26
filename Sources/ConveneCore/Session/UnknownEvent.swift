import Foundation

/// An event this version does not know (written by a newer convene): kept verbatim, never dropped.
public struct UnknownEvent: EventPayload, Equatable {
    public static let type = "unknown"
    public var originalType: String
    /// The whole log line as it was read, written back unchanged.
    public var line: String

    public init(originalType: String, line: String) {
        self.originalType = originalType
        self.line = line
    }

    public func apply(to meeting: inout Meeting, at: Date, by: String) {
        meeting.unknownEvents.append(self)
    }
}
