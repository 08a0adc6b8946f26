/// Terminal column widths, per code point, by the same rule as glibc's `wcwidth` that ncurses and tmux use.
public enum DisplayWidth {
    /// Columns a code point takes: 0, 1 or 2; nil when the terminal cannot print it (controls, unassigned).
    public static func of(_ scalar: Unicode.Scalar) -> Int? {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }
        let code = value < 0x10000 ? Int(basicPlane[Int(value)]) : searched(value)
        return code == 0 ? nil : code - 1
    }

    /// The table's code for a code point (width + 1, 0 not printable), by binary search over its ranges.
    static func searched(_ value: UInt32) -> Int {
        var low = 0, high = table.count / 3 - 1
        while low <= high {
            let mid = (low + high) / 2
            let first = table[mid * 3], last = table[mid * 3 + 1]
            if value < first {
                high = mid - 1
            } else if value > last {
                low = mid + 1
            } else {
                return Int(table[mid * 3 + 2])
            }
        }
        return 2
    }

    /// Columns a text takes once printed safely (unprintable code points count as their escapes).
    public static func of(_ text: String) -> Int {
        var total = 0
        for scalar in text.unicodeScalars {
            total += of(scalar) ?? Sanitized.escape(scalar).utf8.count
        }
        return total
    }

    /// The longest prefix of `text` that fits in `width` columns, ending in `…` when cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        guard of(text) > width else { return text }
        var out = ""
        var used = 0
        for scalar in text.unicodeScalars {
            let w = of(scalar) ?? Sanitized.escape(scalar).utf8.count
            if used + w > width - 1 { break }
            out.unicodeScalars.append(scalar)
            used += w
        }
        return out + "…"
    }

    /// `text` cut or padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, to width: Int) -> String {
        let cut = truncate(text, to: width)
        let used = of(cut)
        return used >= width ? cut : cut + String(repeating: " ", count: width - used)
    }
}
