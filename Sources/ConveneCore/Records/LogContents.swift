/// What a log file held when read: its events, and any lines that could not be read.
public struct LogContents: Sendable {
    /// A line that is not an event, with its 1-based line number and why.
    public struct BadLine: Equatable, Sendable {
        public var line: Int
        public var reason: String
    }

    public var events: [Event] = []
    /// Unreadable complete lines before the last one: the meeting opens read-only until repaired.
    public var damaged: [BadLine] = []
    /// The last line when it has no newline or cannot be read: a write cut short by a crash.
    public var tornTail: BadLine?
    /// Bytes of whole, readable lines: where a follower continues from.
    public var endOffset = 0

    public init() {}
}
