/// Reads the value of a `breakout:` line: `groups of 5`, `8 groups`, optionally `, 2 rounds`.
enum BreakoutLine {
    static func parse(_ value: String) -> BreakoutPlan? {
        let parts = value.lowercased().split(separator: ",").map { $0.trimmingSpaces }
        guard (1...2).contains(parts.count) else { return nil }
        let words = parts[0].split(separator: " ")
        let sizing: BreakoutPlan.Sizing
        if words.count == 3, words[0] == "groups", words[1] == "of", let n = Int(digits: words[2]), (2...1000).contains(n) {
            sizing = .groupsOf(n)
        } else if words.count == 2, words[1] == "groups" || words[1] == "group", let n = Int(digits: words[0]), (1...1000).contains(n) {
            sizing = .groupCount(n)
        } else {
            return nil
        }
        var rounds = 1
        if parts.count == 2 {
            let r = parts[1].split(separator: " ")
            guard r.count == 2, r[1] == "rounds" || r[1] == "round", let n = Int(digits: r[0]), (1...100).contains(n) else { return nil }
            rounds = n
        }
        return BreakoutPlan(sizing: sizing, rounds: rounds)
    }
}
