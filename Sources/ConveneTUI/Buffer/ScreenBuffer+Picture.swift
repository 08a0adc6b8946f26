extension ScreenBuffer {
    /// The screen's text, one string per row, trailing spaces kept: what a person would see.
    public var lines: [String] {
        (0..<size.height).map { y in
            (0..<size.width).reduce(into: "") { line, x in line += self[x, y].text }
        }
    }

    /// One letter per column for each row, naming the style there (see `Style.letter`).
    public var styleLines: [String] {
        (0..<size.height).map { y in String((0..<size.width).map { self[$0, y].style.letter }) }
    }

    /// The rows as one string, trailing spaces trimmed, for readable picture tests.
    public var picture: String {
        lines.map { line in
            var l = line
            while l.hasSuffix(" ") { l.removeLast() }
            return l
        }.joined(separator: "\n")
    }

    /// Whether any row contains `text`.
    public func contains(_ text: String) -> Bool { lines.contains { $0.contains(text) } }
}
