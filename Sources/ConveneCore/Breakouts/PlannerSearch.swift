import Dispatch

/// Independent searches for a rotation, one per core offered, run side by side; the best is kept.
///
/// Each search starts from the best construction (or greedy rounds), with its own seed: search 0
/// the request's seed, so one search alone plans exactly as before. Two searches race: the first
/// to reach the target in the fewest swaps wins (ties to the lower number), and a search stops
/// once it has made more swaps than the winner, since it can no longer win. Swaps, not seconds,
/// decide, so the same seed gives the same rotation whichever thread runs faster. Without a
/// winner, the better final score wins, ties again to the lower number.
enum PlannerSearch {
    /// Swaps tried from the first start before a cyclic construction is searched for.
    static let quickMoves = 1_000

    struct Outcome: Sendable {
        var schedule: [[[Int]]]
        var score: SearchScore
        /// Swaps made when the target was reached; nil if it was not.
        var reachedAt: Int?
    }

    static func best(_ problem: RotationProblem, maxMoves: Int, searchers: Int, shouldStop: @Sendable () -> Bool) -> [[[Int]]] {
        let exact = problem.plannedRounds >= 2 ? ExactRounds.rounds(sizes: problem.sizes, wanted: problem.plannedRounds) : []
        let count = max(1, searchers)
        let race = SearchRace(count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let seed = problem.seed &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15
            let outcome = search(problem, exact: exact, seed: seed, maxMoves: maxMoves,
                                 shouldStop: { moves in shouldStop() || race.isBeaten(index, atMoves: moves) })
            race.record(index, outcome)
        }
        return race.winner()?.schedule ?? []
    }

    /// One search: a start from the construction or greedy rounds, a short tabu search, a cyclic
    /// construction if that is short of the target, then the long search from the better start.
    static func search(_ problem: RotationProblem, exact: [[[Int]]], seed: UInt64, maxMoves: Int,
                       shouldStop: (_ moves: Int) -> Bool) -> Outcome {
        var random = SeededRandom(seed: seed)
        let model = problem.model()
        let target = problem.target()
        func stopNow() -> Bool { shouldStop(0) }
        let size = problem.hasEqualGroups && problem.plannedRounds >= 2 ? problem.sizes.first : nil
        let start = exact.count >= 2
            ? StartingSchedule.around(exact, problem, model: model, random: &random, shouldStop: stopNow)
            : StartingSchedule.greedy(problem, model: model, counts: problem.baseCounts, rounds: problem.plannedRounds, random: &random)
        var search = TabuSearch(problem.searchState(model, start), seed: random.next())
        search.run(target: target, maxMoves: min(maxMoves, quickMoves), shouldStop: shouldStop)
        var spent = 0
        if let size, exact.count < problem.plannedRounds, !search.bestScore.reaches(target), !stopNow(),
           let cyclic = ExactRounds.cyclic(groups: problem.groups, size: size, wanted: problem.plannedRounds,
                                           random: &random, shouldStop: stopNow), cyclic.count > exact.count {
            let alternative = StartingSchedule.around(cyclic, problem, model: model, random: &random, shouldStop: stopNow)
            let state = problem.searchState(model, alternative)
            if state.score < search.bestScore {
                spent = search.moves
                search = TabuSearch(state, seed: random.next())
            }
        }
        search.run(target: target, maxMoves: maxMoves, shouldStop: { shouldStop(spent + $0) })
        let reached = search.bestScore.reaches(target) ? spent + search.moves : nil
        return Outcome(schedule: search.bestSchedule, score: search.bestScore, reachedAt: reached)
    }
}
