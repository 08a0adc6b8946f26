/// Removes `<!-- ... -->` comments, which may span lines, keeping every line where it was.
struct AgendaComments {
    private var openedOnLine: Int?

    /// The line without its comment parts; remembers a comment left open for the next line.
    mutating func strip(_ line: String, number: Int) -> String {
        var rest = Substring(line)
        var kept = ""
        while !rest.isEmpty {
            if openedOnLine != nil {
                guard let close = rest.range(of: "-->") else { return kept }
                rest = rest[close.upperBound...]
                openedOnLine = nil
            } else if let open = rest.range(of: "<!--") {
                kept += rest[..<open.lowerBound]
                rest = rest[open.upperBound...]
                openedOnLine = number
            } else {
                kept += rest
                rest = ""
            }
        }
        return kept
    }

    /// The line of a comment never closed, if any.
    var unclosedLine: Int? { openedOnLine }
}

extension Substring {
    /// The first occurrence of `needle`, without Foundation.
    func range(of needle: String) -> Range<Substring.Index>? {
        let n = Array(needle)
        guard !n.isEmpty else { return nil }
        var i = startIndex
        while i < endIndex {
            if self[i...].starts(with: n) {
                return i..<index(i, offsetBy: n.count)
            }
            i = index(after: i)
        }
        return nil
    }
}
