/// Where the search starts: constructed rounds with the rest fitted around them, or greedy rounds.
enum StartingSchedule {
    /// Swaps spent fitting the extra rounds around a construction before the whole schedule is searched.
    static let fillMoves = 2_000

    /// The construction's rounds with people placed on its points, then greedy rounds for the rest,
    /// improved with the constructed rounds held still.
    static func around(_ exact: [[[Int]]], _ problem: RotationProblem, model: PairModel, random: inout SeededRandom,
                       shouldStop: () -> Bool) -> [[[Int]]] {
        let label = Relabeling.assign(exact, problem: problem, random: &random)
        let start = exact.prefix(problem.plannedRounds).map { round in round.map { group in group.map { label[$0] } } }
        guard start.count < problem.plannedRounds else { return start }
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
        search.run(target: problem.target(after: counts, rounds: missing), maxMoves: fillMoves, shouldStop: shouldStop)
        return start + search.bestSchedule
    }

    static func greedy(_ problem: RotationProblem, model: PairModel, counts: [Int32], rounds: Int,
                       random: inout SeededRandom) -> [[[Int]]] {
        GreedyStart.rounds(model: model, counts: counts, sizes: problem.sizes, rounds: rounds, traits: problem.traits,
                           constrained: problem.constrained, random: &random)
    }
}
