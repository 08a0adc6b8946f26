import ConveneCore

/// Breaks text into lines of at most a given number of columns, at spaces where it can.
public enum TextWrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        var used = 0
        for word in Sanitized.inline(text).split(separator: " ", omittingEmptySubsequences: true) {
            var rest = String(word)
            var w = DisplayWidth.of(rest)
            if used > 0 && used + 1 + w <= width {
                line += " " + rest
                used += 1 + w
                continue
            }
            if used > 0 {
                lines.append(line)
                line = ""
                used = 0
            }
            while w > width {
                let head = DisplayWidth.truncate(rest, to: width + 1).dropLast()
                let cut = head.isEmpty ? String(rest.prefix(1)) : String(head)
                lines.append(cut)
                rest = String(rest.dropFirst(cut.count))
                w = DisplayWidth.of(rest)
            }
            line = rest
            used = w
        }
        if used > 0 { lines.append(line) }
        return lines
    }
}
