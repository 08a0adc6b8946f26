/// A one-line text input for a short name: type, backspace, Enter to accept, Esc to cancel.
public struct NameField: Equatable, Sendable {
    /// What a key did to the field.
    public enum Outcome: Equatable, Sendable {
        case editing, accepted(String), cancelled
    }

    public var prompt: String
    public var text = ""
    /// Long enough for any real name, short enough to stay on one line.
    public static let maxLength = 80

    public init(prompt: String) { self.prompt = prompt }

    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .character(let c) where !c.isNewline && text.count < Self.maxLength:
            text.append(c)
        case .backspace, .delete:
            if !text.isEmpty { text.removeLast() }
        case .enter:
            return .accepted(text)
        case .escape:
            return .cancelled
        default:
            break
        }
        return .editing
    }
}
