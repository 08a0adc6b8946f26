extension FlatJSON {
    /// A flat JSON array of `values` on one line, so the index can write rows without `JSONEncoder`.
    static func text(_ values: [Value]) -> String {
        var out = "["
        for (n, value) in values.enumerated() {
            if n > 0 { out += "," }
            switch value {
            case .string(let text): out += quoted(text)
            case .integer(let number): out += String(number)
            case .null: out += "null"
            }
        }
        return out + "]"
    }

    /// `text` as a JSON string: quotes, backslashes and control characters escaped, everything else as UTF-8.
    static func quoted(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            return "\"" + text + "\""
        }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where scalar.value < 0x20: out += "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
