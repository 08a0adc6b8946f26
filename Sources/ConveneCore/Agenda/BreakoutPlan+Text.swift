extension BreakoutPlan {
    /// The plan in the agenda's own words: `groups of 5, 2 rounds of 20m`.
    public func summary(itemSeconds: Int) -> String {
        let round = DurationText.format(secondsPerRound(itemSeconds: itemSeconds))
        return "\(sizingText), \(rounds) round\(rounds == 1 ? "" : "s") of \(round)"
    }

    /// How the groups are sized, in the agenda's words: `groups of 5` or `4 groups`.
    public var sizingText: String {
        switch sizing {
        case .groupsOf(let n): "groups of \(n)"
        case .groupCount(let n): "\(n) groups"
        }
    }
}
