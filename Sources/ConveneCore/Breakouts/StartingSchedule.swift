/// Where the search starts: an exact construction when one fits, the rounds it cannot give filled
/// around it, else greedy rounds.
enum StartingSchedule {
    /// Swaps spent fitting the extra rounds around a construction before the whole schedule is searched.
    static let fillMoves = 20_000

    static func make(_ problem: RotationProblem, model: PairModel, random: inout SeededRandom,
                     shouldStop: () -> Bool) -> [[[Int]]] {
        guard problem.hasEqualGroups, problem.plannedRounds >= 2, let size = problem.sizes.first else {
            return greedy(problem, model: model, counts: problem.baseCounts, rounds: problem.plannedRounds, random: &random)
        }
        let exact = ExactRounds.find(groups: problem.groups, size: size, wanted: problem.plannedRounds,
                                     random: &random, shouldStop: shouldStop)
        guard exact.count >= 2 else {
            return greedy(problem, model: model, counts: problem.baseCounts, rounds: problem.plannedRounds, random: &random)
        }
        let label = Relabeling.assign(exact, problem: problem, random: &random)
        let start = exact.map { round in round.map { group in group.map { label[$0] } } }
        guard start.count < problem.plannedRounds else { return start }
        var counts = problem.baseCounts
        for round in start {
            for group in round {
                for (i, a) in group.enumerated() {
                    for b in group[(i + 1)...] {
                        counts[a * problem.people + b] += 1
                        counts[b * problem.people + a] += 1
                    }
                }
            }
        }
        let extra = greedy(problem, model: model, counts: counts, rounds: problem.plannedRounds - start.count, random: &random)
        var search = TabuSearch(SwapSearch(model: model, sizes: problem.sizes, start: extra, initialCounts: counts,
                                           traits: problem.traits), seed: random.next())
        search.run(target: problem.target(), maxMoves: fillMoves, shouldStop: shouldStop)
        var filled = search.state
        filled.load(seats: search.bestSeats)
        return start + filled.schedule
    }

    private static func greedy(_ problem: RotationProblem, model: PairModel, counts: [Int32], rounds: Int,
                               random: inout SeededRandom) -> [[[Int]]] {
        GreedyStart.rounds(model: model, counts: counts, sizes: problem.sizes, rounds: rounds, traits: problem.traits,
                           constrained: problem.constrained, random: &random)
    }
}
