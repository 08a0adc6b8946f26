/// User text made literal in HTML, text and attributes alike, with control characters shown rather than obeyed.
///
/// It works on Unicode scalars, not characters: a quote followed by a combining mark is one `Character` that is not
/// `"`, yet the browser still reads the quote and would end an attribute there.
public enum HTMLText {
    /// `text` with `<`, `>`, `&`, `"` and `'` as entities, line breaks kept as `\n`, and every other unprintable code
    /// point (an escape sequence, a lone carriage return) written as a visible escape such as `\e`.
    public static func escape(_ text: String) -> String {
        // Printable ASCII without markup, the usual case, passes through with one comparison per byte.
        guard text.utf8.contains(where: { $0 &- 0x20 > 0x5E || $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n": out += "\n"
            case "\r" where pending == "\n":
                out += "\n"
                pending = scalars.next()
            default:
                if DisplayWidth.of(scalar) == nil { out += Sanitized.escape(scalar) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
