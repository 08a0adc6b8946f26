/// Reads and writes the durations people type in agendas: `90s`, `10m`, `10 min`, `1h30m`, `2 hours`.
public enum DurationText {
    /// The longest duration accepted, so arithmetic on durations can never overflow.
    public static let maximumSeconds = 7 * 24 * 3600

    private static let units: [(names: Set<String>, seconds: Int)] = [
        (["h", "hr", "hrs", "hour", "hours"], 3600),
        (["m", "min", "mins", "minute", "minutes"], 60),
        (["s", "sec", "secs", "second", "seconds"], 1),
    ]

    /// Seconds for a duration made of number-unit parts, largest unit first; nil if unreadable or zero.
    public static func parse(_ text: String) -> Int? {
        var scalars = Substring(text.lowercased().trimmingSpaces)
        guard !scalars.isEmpty else { return nil }
        var total = 0
        var lastUnitIndex = -1
        while !scalars.isEmpty {
            let digits = scalars.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 6, let number = Int(digits) else { return nil }
            scalars = scalars.dropFirst(digits.count).drop { $0 == " " }
            let word = scalars.prefix { $0.isLetter }
            scalars = scalars.dropFirst(word.count).drop { $0 == " " || $0 == "," }
            if scalars.hasPrefix("and ") { scalars = scalars.dropFirst(4) }
            guard let index = units.firstIndex(where: { $0.names.contains(String(word)) }),
                index > lastUnitIndex
            else { return nil }
            lastUnitIndex = index
            total += number * units[index].seconds
            guard total <= maximumSeconds else { return nil }
        }
        return total > 0 ? total : nil
    }

    /// The shortest agenda spelling of a duration: `45s`, `10m`, `1h30m`, `1h0m5s`.
    public static func format(_ seconds: Int) -> String {
        let h = seconds / 3600, m = seconds % 3600 / 60, s = seconds % 60
        var out = ""
        if h > 0 { out += "\(h)h" }
        if m > 0 || (h > 0 && s > 0) { out += "\(m)m" }
        if s > 0 || out.isEmpty { out += "\(s)s" }
        return out
    }
}
