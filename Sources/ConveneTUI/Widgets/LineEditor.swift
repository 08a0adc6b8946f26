import ConveneCore

/// One line of text being typed, as a value: the cursor moves by Character so a wide or combined
/// character is never split, and earlier submitted lines can be recalled.
public struct LineEditor: Equatable, Sendable {
    public private(set) var characters: [Character] = []
    /// Position of the cursor, in characters from the start (0...characters.count).
    public private(set) var cursor = 0
    /// Submitted lines, oldest first.
    public private(set) var history: [String] = []
    /// Which history entry is showing while browsing; nil while editing the draft.
    private var recalled: Int?
    private var draft: [Character] = []

    public init(text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    /// Applies one key; false when the key means nothing to the editor (so the screen may use it).
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .character("\u{01}"): cursor = 0
        case .end, .character("\u{05}"): cursor = characters.count
        case .backspace:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .character("\u{04}"):
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .character("\u{17}"): deleteWordBefore()
        case .character("\u{15}"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .up: recall(by: -1)
        case .down: recall(by: 1)
        case .character(let c) where Self.isTypeable(c):
            characters.insert(c, at: cursor)
            cursor += 1
        default:
            return false
        }
        return true
    }

    /// Inserts pasted or typed text at the cursor.
    public mutating func insert(_ text: String) {
        for c in text { _ = handle(.character(c)) }
    }

    /// Empties the line, keeping what was typed in the history so it can be recalled.
    public mutating func submit() -> String {
        let line = text
        if !line.isEmpty, history.last != line { history.append(line) }
        characters = []
        cursor = 0
        recalled = nil
        draft = []
        return line
    }

    /// Whether a character goes into the text (control characters are keys, not text).
    static func isTypeable(_ c: Character) -> Bool {
        guard let first = c.unicodeScalars.first else { return false }
        return first.value >= 0x20 && first.value != 0x7F
    }

    private mutating func deleteWordBefore() {
        var start = cursor
        while start > 0, characters[start - 1].isWhitespace { start -= 1 }
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    private mutating func recall(by step: Int) {
        guard !history.isEmpty else { return }
        let current = recalled ?? history.count
        let next = min(history.count, max(0, current + step))
        guard next != current else { return }
        if recalled == nil { draft = characters }
        recalled = next == history.count ? nil : next
        characters = recalled.map { Array(history[$0]) } ?? draft
        cursor = characters.count
    }
}
