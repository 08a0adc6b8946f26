/// Durations as a screen reader should say them: `2 minutes 30 seconds`, never `2m30s`.
public enum SpokenDuration {
    public static func say(_ seconds: Int) -> String {
        let seconds = seconds.magnitude
        let hours = seconds / 3600, minutes = seconds % 3600 / 60, rest = seconds % 60
        var parts: [String] = []
        if hours > 0 { parts.append(count(hours, "hour")) }
        if minutes > 0 { parts.append(count(minutes, "minute")) }
        if rest > 0 || parts.isEmpty { parts.append(count(rest, "second")) }
        return parts.joined(separator: " ")
    }

    private static func count(_ n: UInt, _ unit: String) -> String { "\(n) \(unit)\(n == 1 ? "" : "s")" }
}
