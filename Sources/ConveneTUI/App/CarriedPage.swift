import ConveneCore

/// What the carried-forward screen (`f`) holds between keys: the cursor, and the outcome or reason being typed.
public struct CarriedPage: Sendable {
    /// Closing an item asks for words first: what came of it, or why it is let go.
    public enum Closing: Equatable, Sendable {
        case done, drop
    }

    /// An item being closed and the words typed so far.
    public struct Input: Sendable {
        public var closing: Closing
        public var item: String
        public var editor = LineEditor()

        /// The question the status line asks while typing.
        public var prompt: String {
            closing == .done ? "What came of it? (Enter saves, Esc cancels): " : "Why let it go? (Enter drops, Esc cancels): "
        }
    }

    public var cursor = 0
    public var input: Input?

    public init() {}
}
