/// Text from one person made safe for another person's terminal: control characters shown, never obeyed.
public enum Sanitized {
    /// The text with every control or unprintable code point replaced by a visible escape such as `\e`.
    public static func inline(_ text: String) -> String {
        // Printable ASCII (0x20...0x7E), the usual case, is told from its bytes with one comparison each.
        guard text.utf8.contains(where: { $0 &- 0x20 > 0x5E }) else { return text }
        guard text.unicodeScalars.contains(where: { DisplayWidth.of($0) == nil }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if DisplayWidth.of(scalar) == nil { out += escape(scalar) } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// The visible form of one unprintable code point.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x1B: return "\\e"
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x09: return "\\t"
        case 0...0xFF: return "\\x" + hex(scalar.value, digits: 2)
        default: return "\\u{" + hex(scalar.value, digits: 4) + "}"
        }
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let s = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - s.count)) + s
    }
}
