/// Plans breakout rotations: exact constructions where they exist, then seeded tabu search.
public enum RotationPlanner {
    /// Plans the rounds after `request.lockedRounds`, stopping early once no better rotation is possible.
    ///
    /// The order: the construction with the most repeat-free rounds (instant); when it does not
    /// cover every round, people are placed on it and the other rounds fitted around it, else greedy
    /// rounds. A short tabu search follows; if that does not reach the lower bound, a cyclic
    /// construction is searched for, and the search carries on from whichever start is better until
    /// the bound, `maxMoves`, or `shouldStop`. With `request.searchers` above 1, that many such
    /// searches run side by side (see `PlannerSearch`).
    ///
    /// - Parameter shouldStop: asked now and then during the search, from every search's thread;
    ///   return true to stop and take the best rotation so far (the caller decides, for example by
    ///   a monotonic clock).
    public static func plan(_ request: RotationRequest, shouldStop: @Sendable () -> Bool = { false }) throws -> Rotation {
        let problem = try RotationProblem(request)
        var planned: [[[Int]]] = []
        var notes: [String] = []
        if problem.plannedRounds > 0 {
            planned = PlannerSearch.best(problem, maxMoves: request.maxMoves, searchers: request.searchers, shouldStop: shouldStop)
            notes = RotationWarnings.after(problem, planned)
        }
        let rounds = problem.locked + planned.map { round in problem.tidy(round) }
        return Rotation(people: problem.names, rounds: rounds, lowerBound: problem.reportedLowerBound(),
                        seed: request.seed, warnings: RotationWarnings.before(problem) + notes)
    }
}

extension RotationProblem {
    /// A round as names: each group in roster order, groups ordered by their first person, except that a group with
    /// hosts takes their group's place, so group 3's facilitator finds themself in group 3.
    func tidy(_ round: [[Int]]) -> [[String]] {
        var groups = round.map { $0.sorted() }.sorted { ($0.first ?? 0) < ($1.first ?? 0) }
        var placed = [[Int]?](repeating: nil, count: groups.count)
        groups.removeAll { group in
            guard let g = group.lazy.compactMap({ hostGroup[$0] }).first, placed[g] == nil else { return false }
            placed[g] = group
            return true
        }
        var rest = groups.makeIterator()
        return placed.compactMap { $0 ?? rest.next() }.map { $0.map { names[$0] } }
    }

    func searchState(_ model: PairModel, _ start: [[[Int]]]) -> SwapSearch {
        SwapSearch(model: model, sizes: sizes, start: start, initialCounts: baseCounts, traits: traits)
    }
}
