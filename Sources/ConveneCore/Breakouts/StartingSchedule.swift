/// Where the search starts: constructed rounds with the rest fitted around them, or greedy rounds.
enum StartingSchedule {
    /// Swaps spent fitting the extra rounds around a construction before the whole schedule is searched.
    static let fillMoves = 2_000
    /// When repeats cannot be avoided, how many of the last constructed rounds may be given up to
    /// the fitting: a construction's rounds use up pairs so tidily that the rounds after them can
    /// only repeat a lot, and fitting one or two more rounds freely often does better (40 in fives
    /// for 10 rounds: 59 repeats after 8 constructed rounds, 35 after 7).
    static let roundsToRefit = 2

    /// The construction's rounds with people placed on its points, then greedy rounds for the rest,
    /// improved with the constructed rounds held still; the best of a few splits between the two.
    static func around(_ exact: [[[Int]]], _ problem: RotationProblem, model: PairModel, random: inout SeededRandom,
                       shouldStop: () -> Bool) -> [[[Int]]] {
        let label = Relabeling.assign(exact, problem: problem, random: &random)
        let placed = exact.prefix(problem.plannedRounds).map { round in round.map { group in group.map { label[$0] } } }
        guard placed.count < problem.plannedRounds else { return placed }
        let refit = problem.target().repeats > 0 ? roundsToRefit : 0
        var best: (schedule: [[[Int]]], score: SearchScore)?
        for kept in stride(from: placed.count, through: max(2, placed.count - refit), by: -1) {
            let schedule = fill(Array(placed.prefix(kept)), problem, model: model, random: &random, shouldStop: shouldStop)
            let score = problem.searchState(model, schedule).score
            if best.map({ score < $0.score }) ?? true { best = (schedule, score) }
        }
        return best?.schedule ?? placed
    }

    /// `start` followed by greedy rounds up to the planned number, the new rounds improved by a short search.
    private static func fill(_ start: [[[Int]]], _ problem: RotationProblem, model: PairModel, random: inout SeededRandom,
                             shouldStop: () -> Bool) -> [[[Int]]] {
        var counts = problem.baseCounts
        for group in start.joined() {
            for (i, a) in group.enumerated() {
                for b in group[(i + 1)...] {
                    counts[a * problem.people + b] += 1
                    counts[b * problem.people + a] += 1
                }
            }
        }
        let missing = problem.plannedRounds - start.count
        let extra = greedy(problem, model: model, counts: counts, rounds: missing, random: &random)
        var search = TabuSearch(SwapSearch(model: model, sizes: problem.sizes, start: extra, initialCounts: counts,
                                           traits: problem.traits), seed: random.next())
        search.run(target: problem.target(after: counts, rounds: missing), maxMoves: fillMoves, shouldStop: { _ in shouldStop() })
        return start + search.bestSchedule
    }

    static func greedy(_ problem: RotationProblem, model: PairModel, counts: [Int32], rounds: Int,
                       random: inout SeededRandom) -> [[[Int]]] {
        GreedyStart.rounds(model: model, counts: counts, sizes: problem.sizes, rounds: rounds, traits: problem.traits,
                           constrained: problem.constrained, random: &random)
    }
}
