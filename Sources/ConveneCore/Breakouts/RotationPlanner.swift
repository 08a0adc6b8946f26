/// Plans breakout rotations: exact constructions where they exist, then seeded tabu search.
public enum RotationPlanner {
    /// Plans the rounds after `request.lockedRounds`, stopping early once no better rotation is possible.
    ///
    /// - Parameter shouldStop: asked now and then during the search; return true to stop and take
    ///   the best rotation so far (the caller decides, for example by a monotonic clock).
    public static func plan(_ request: RotationRequest, shouldStop: () -> Bool = { false }) throws -> Rotation {
        let problem = try RotationProblem(request)
        var planned: [[[Int]]] = []
        var notes: [String] = []
        if problem.plannedRounds > 0 {
            var random = SeededRandom(seed: request.seed)
            let model = problem.model()
            let start = StartingSchedule.make(problem, model: model, random: &random, shouldStop: shouldStop)
            let state = SwapSearch(model: model, sizes: problem.sizes, start: start,
                                   initialCounts: problem.baseCounts, traits: problem.traits)
            var search = TabuSearch(state, seed: random.next())
            search.run(target: problem.target(), maxMoves: request.maxMoves, shouldStop: shouldStop)
            var final = search.state
            final.load(seats: search.bestSeats)
            planned = final.schedule
            notes = RotationWarnings.after(problem, final)
        }
        let rounds = problem.locked + planned.map { round in problem.tidy(round) }
        return Rotation(people: problem.names, rounds: rounds, lowerBound: problem.reportedLowerBound(),
                        seed: request.seed, warnings: RotationWarnings.before(problem) + notes)
    }
}

extension RotationProblem {
    /// A round as names: each group in roster order, groups ordered by their first person.
    func tidy(_ round: [[Int]]) -> [[String]] {
        round.map { $0.sorted() }.sorted { ($0.first ?? 0) < ($1.first ?? 0) }.map { $0.map { names[$0] } }
    }
}
