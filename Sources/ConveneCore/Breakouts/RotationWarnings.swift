/// What the facilitator should hear about a rotation, in plain words.
enum RotationWarnings {
    /// Limits known before planning, such as too few facilitators.
    static func before(_ problem: RotationProblem) -> [String] {
        let facilitators = problem.traits.filter { $0 & SwapSearch.Trait.facilitator != 0 }.count
        guard facilitators > 0, facilitators < problem.groups, problem.plannedRounds > 0 else { return [] }
        let people = facilitators == 1 ? "only 1 person is" : "only \(facilitators) people are"
        return ["only \(facilitators) of \(problem.groups) groups have a facilitator: \(people) tagged facilitator"]
    }

    /// Constraints the planned rounds could not keep.
    static func after(_ problem: RotationProblem, _ schedule: [[[Int]]]) -> [String] {
        var notes: [String] = []
        let lockedCount = problem.locked.count
        for (r, round) in schedule.enumerated() {
            for group in round {
                let members = Set(group)
                for (k, (a, b)) in problem.forbidden.enumerated() where members.contains(a) && members.contains(b) {
                    let (x, y) = (problem.names[a], problem.names[b])
                    notes.append("round \(lockedCount + r + 1): " + (k < problem.askedApart
                        ? "\(x) and \(y) are in the same group although one asked not to be"
                        : "\(x) and \(y) hold roles in different groups but sit together"))
                }
            }
            let groupOf = Dictionary(uniqueKeysWithValues: round.enumerated().flatMap { g, group in group.map { ($0, g) } })
            for (a, b) in problem.together where groupOf[a] != groupOf[b] {
                let host = (problem.hostGroup[a] ?? 0) + 1
                notes.append("round \(lockedCount + r + 1): \(problem.names[a]) and \(problem.names[b]) hold roles in group \(host) but sit apart")
            }
            let facilitators = problem.traits.filter { $0 & SwapSearch.Trait.facilitator != 0 }.count
            let covered = round.filter { group in group.contains { problem.traits[$0] & SwapSearch.Trait.facilitator != 0 } }.count
            if covered < min(facilitators, round.count) {
                notes.append("round \(lockedCount + r + 1): \(round.count - covered) groups have no facilitator")
            }
        }
        return notes
    }
}
