/// Plans breakout rotations: exact constructions where they exist, then seeded tabu search.
public enum RotationPlanner {
    /// Swaps tried from the first start before a cyclic construction is searched for.
    static let quickMoves = 1_000

    /// Plans the rounds after `request.lockedRounds`, stopping early once no better rotation is possible.
    ///
    /// The order: a finite-field construction if it fits (instant); otherwise greedy rounds. A short
    /// tabu search follows; if that does not reach the lower bound, a cyclic construction is searched
    /// for, and the search carries on from whichever start is better until the bound, `maxMoves`,
    /// or `shouldStop`.
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
            let target = problem.target()
            let size = problem.hasEqualGroups && problem.plannedRounds >= 2 ? problem.sizes.first : nil
            let affine = problem.plannedRounds >= 2 ? ExactRounds.rounds(sizes: problem.sizes, wanted: problem.plannedRounds) : []
            let start = affine.count >= 2
                ? StartingSchedule.around(affine, problem, model: model, random: &random, shouldStop: shouldStop)
                : StartingSchedule.greedy(problem, model: model, counts: problem.baseCounts, rounds: problem.plannedRounds, random: &random)
            var search = TabuSearch(problem.searchState(model, start), seed: random.next())
            search.run(target: target, maxMoves: min(request.maxMoves, quickMoves), shouldStop: shouldStop)
            if let size, affine.count < problem.plannedRounds, !search.bestScore.reaches(target), !shouldStop(),
               let cyclic = ExactRounds.cyclic(groups: problem.groups, size: size, wanted: problem.plannedRounds,
                                               random: &random, shouldStop: shouldStop), cyclic.count > affine.count {
                let alternative = StartingSchedule.around(cyclic, problem, model: model, random: &random, shouldStop: shouldStop)
                let state = problem.searchState(model, alternative)
                if state.score < search.bestScore {
                    search = TabuSearch(state, seed: random.next())
                }
            }
            search.run(target: target, maxMoves: request.maxMoves, shouldStop: shouldStop)
            planned = search.bestSchedule
            notes = RotationWarnings.after(problem, planned)
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

    func searchState(_ model: PairModel, _ start: [[[Int]]]) -> SwapSearch {
        SwapSearch(model: model, sizes: sizes, start: start, initialCounts: baseCounts, traits: traits)
    }
}
