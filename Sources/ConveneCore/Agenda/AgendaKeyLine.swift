/// A `key: value` line in an agenda, recognised so that typos in keys are reported, not dropped.
struct AgendaKeyLine {
    static let headerKeys: Set<String> = ["date", "place", "roles", "warn", "series"]
    static let itemKeys: Set<String> = ["role", "roles", "prompt", "cue", "breakout", "group roles", "round"]

    var key: String
    var value: String

    /// A line is a key line when it starts with one or two words and a colon and the key is known,
    /// or is written in lower case (so `Note: bring snacks` stays text but `promt:` is an error).
    init?(_ line: String) {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let name = line[..<colon]
        let words = name.split(separator: " ", omittingEmptySubsequences: false)
        guard (1...2).contains(words.count),
            words.allSatisfy({ w in !w.isEmpty && w.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-") }) }),
            name.first?.isLetter == true
        else { return nil }
        let after = line[line.index(after: colon)...]
        guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
        let lowered = name.lowercased()
        let known = Self.headerKeys.contains(lowered) || Self.itemKeys.contains(lowered)
        guard known || name == lowered else { return nil }
        key = lowered
        value = after.trimmingSpaces
    }
}
