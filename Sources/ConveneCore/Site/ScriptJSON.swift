/// JSON for a `<script type="application/json">` block: nothing in it can end the block or open a comment.
///
/// `<`, `>` and `&` are written as `\u003c`, `\u003e` and `\u0026`, so `</script>` and `<!--` never appear; U+2028
/// and U+2029 are escaped too, for any reader that treats them as line ends. Control characters are shown as the same
/// visible escapes (`\e`) the pages use, so search results read like the page they link to.
public enum ScriptJSON {
    /// `text` as a JSON string literal, quotes included.
    public static func string(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 8)
        guard text.utf8.contains(where: { $0 &- 0x20 > 0x5E || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C || $0 == 0x3E || $0 == 0x26 }) else {
            return out + text + "\""
        }
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\n": out += "\\n"
            case "\r" where pending == "\n":
                out += "\\n"
                pending = scalars.next()
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if DisplayWidth.of(scalar) == nil {
                    out += Sanitized.escape(scalar).replacingOccurrences(of: "\\", with: "\\\\")
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A JSON array of already-encoded values.
    public static func array(_ values: [String]) -> String { "[" + values.joined(separator: ",") + "]" }
}
