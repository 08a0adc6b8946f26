extension BreakoutPlan {
    /// The plan in the agenda's own words: `groups of 5, 2 rounds of 20m`.
    public func summary(itemSeconds: Int) -> String {
        let sizing: String
        switch self.sizing {
        case .groupsOf(let n): sizing = "groups of \(n)"
        case .groupCount(let n): sizing = "\(n) groups"
        }
        let round = DurationText.format(secondsPerRound(itemSeconds: itemSeconds))
        return "\(sizing), \(rounds) round\(rounds == 1 ? "" : "s") of \(round)"
    }
}
