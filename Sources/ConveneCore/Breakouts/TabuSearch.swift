/// Conflict-directed tabu search over swaps (after Dotú and Van Hentenryck), anytime and seeded.
///
/// Each step looks at every person who is part of a cost (a repeated or forbidden pair, an uneven
/// spread of facilitators or tags) and every person in another group of the same round, and makes
/// the best swap whose mover is not tabu: someone who just left a group may not go back to it for a
/// few steps, unless that would beat the best schedule so far. When the best has not improved for a
/// while, the search returns to it, or now and then to another of the best schedules found between
/// restarts, and shakes it with a few random swaps.
struct TabuSearch {
    private(set) var state: SwapSearch
    private(set) var bestSeats: [Int32]
    private(set) var bestScore: SearchScore
    private var random: SeededRandom
    private var tabuUntil: [Int]
    private var tabuGroup: [Int32]
    /// The best schedules of earlier runs between restarts: some restarts begin from one of them
    /// instead of the best, so the search does not keep circling one region.
    private(set) var elite: [(seats: [Int32], score: SearchScore)] = []
    private(set) var moves = 0

    /// Pair lookups between two looks at the stop rule (a few milliseconds).
    static let checkEvery = 2_000_000
    /// Swaps spent lowering the spread once repeats reach their lower bound.
    static let polishMoves = 10_000
    /// Schedules kept in the elite, and how often (every so many restarts) one of them is the start.
    static let eliteSize = 6
    static let eliteEvery = 3
    /// Conflicting seats examined per step at most; larger conflict sets are sampled.
    static let maxMovers = 400
    /// Pair lookups one step may spend, so steps stay short with hundreds of people in big groups.
    static let stepBudget = 4_000_000

    init(_ state: SwapSearch, seed: UInt64) {
        self.state = state
        bestSeats = state.seats
        bestScore = state.score
        random = SeededRandom(seed: seed)
        tabuUntil = Array(repeating: 0, count: state.rounds * state.people)
        tabuGroup = Array(repeating: -1, count: state.rounds * state.people)
    }

    /// The best schedule found, as person numbers.
    var bestSchedule: [[[Int]]] {
        var copy = state
        copy.load(seats: bestSeats)
        return copy.schedule
    }

    /// Improves the schedule until it reaches `target`, has made `maxMoves` swaps, or `shouldStop`
    /// (asked now and then with the swaps made so far) says so.
    ///
    /// Once everything but the spread is at its target, the search only polishes for `polishMoves`
    /// more swaps: the lower bound on spread is rarely reachable, and repeats are already optimal.
    /// `maxLookups` caps the work (pair lookups) of this call, for searches that must stay short.
    mutating func run(target: SearchScore, maxMoves: Int, maxLookups: Int = Int.max, shouldStop: (_ moves: Int) -> Bool) {
        guard state.rounds > 0, state.groups > 1 else { return }
        var work = 0
        var total = 0
        var stall = 0
        var shakes = 0
        var phaseSeats = state.seats
        var phaseScore = state.score
        var limit = maxMoves
        let stallLimit = 500 + 5 * state.people
        var nearTarget = target
        nearTarget.spread = Int.max
        while !bestScore.reaches(target), moves < limit {
            if limit == maxMoves, bestScore.reaches(nearTarget) {
                limit = min(maxMoves, moves + TabuSearch.polishMoves)
            }
            let lookups = step()
            work += lookups
            total += lookups
            if total >= maxLookups { return }
            moves += 1
            if state.score < phaseScore {
                phaseSeats = state.seats
                phaseScore = state.score
            }
            if state.score < bestScore {
                bestSeats = state.seats
                bestScore = state.score
                stall = 0
                shakes = 0
            } else {
                stall += 1
            }
            if stall >= stallLimit {
                keep(phaseSeats, phaseScore)
                shakes += 1
                let fromElite = shakes % TabuSearch.eliteEvery == 0 && elite.count > 1
                state.load(seats: fromElite ? elite[random.below(elite.count)].seats : bestSeats)
                shake(count: 2 + random.below(2 + min(shakes, 8) * state.rounds))
                phaseSeats = state.seats
                phaseScore = state.score
                stall = 0
            }
            if work >= TabuSearch.checkEvery {
                work = 0
                if shouldStop(moves) { return }
            }
        }
    }

    /// Adds the best schedule of a run between restarts to the elite, if it is new and beats the worst kept.
    private mutating func keep(_ seats: [Int32], _ score: SearchScore) {
        guard !elite.contains(where: { $0.score == score && $0.seats == seats }) else { return }
        if elite.count < TabuSearch.eliteSize {
            elite.append((seats, score))
        } else if let worst = elite.indices.max(by: { elite[$0].score < elite[$1].score }), score < elite[worst].score {
            elite[worst] = (seats, score)
        }
    }

    /// Makes one move; returns about how many pair lookups it took.
    private mutating func step() -> Int {
        let people = state.people
        let largest = state.largestGroup
        let pricePerSwap = state.hasGains ? 2 : (state.model.mirrored ? 2 : 8) * largest
        let lookupsPerMover = people * pricePerSwap
        let lowest = state.score.facilitation > 0 || state.score.balance > 0 ? state.lowestTraitCounts() : []
        var movers: [Int] = []
        for r in 0..<state.rounds {
            for s in 0..<people where state.isInConflict(round: r, seat: s, lowest: lowest) {
                movers.append(r * people + s)
            }
        }
        let scan = state.rounds * people * (state.hasGains ? 1 : largest)
        if movers.isEmpty {
            shake(count: 1)
            return scan
        }
        let moverLimit = max(4, min(TabuSearch.maxMovers, TabuSearch.stepBudget / lookupsPerMover))
        if movers.count > moverLimit {
            random.shuffle(&movers)
            movers.removeLast(movers.count - moverLimit)
        }
        let gap = saturatingDifference(bestScore, state.score)
        var bestDelta = Int64.max
        var chosen = (round: 0, a: 0, b: 0)
        var ties = 0
        var weighed = 0
        for mover in movers {
            let r = mover / people, a = mover % people
            let ga = state.groupOfSeat[a]
            let u = Int(state.seats[mover])
            let uTabu = tabuUntil[r * people + u] > moves
            for b in 0..<people where state.groupOfSeat[b] != ga {
                let v = Int(state.seats[r * people + b])
                let delta = state.swapDelta(round: r, a, b)
                weighed += 1
                let tabu = (uTabu && Int(tabuGroup[r * people + u]) == state.groupOfSeat[b])
                    || (tabuUntil[r * people + v] > moves && Int(tabuGroup[r * people + v]) == ga)
                if tabu, delta >= gap { continue }
                if delta < bestDelta {
                    bestDelta = delta
                    chosen = (r, a, b)
                    ties = 1
                } else if delta == bestDelta {
                    ties += 1
                    if random.below(ties) == 0 { chosen = (r, a, b) }
                }
            }
        }
        let lookups = scan + weighed * pricePerSwap
        if bestDelta == Int64.max {
            shake(count: 1)
            return lookups
        }
        makeMove(round: chosen.round, chosen.a, chosen.b)
        return lookups
    }

    /// Swaps two seats and forbids both people from returning to the group they left for a while.
    private mutating func makeMove(round r: Int, _ a: Int, _ b: Int) {
        let people = state.people
        let u = Int(state.seats[r * people + a]), v = Int(state.seats[r * people + b])
        let tenure = 2 + random.below(5)
        tabuGroup[r * people + u] = Int32(state.groupOfSeat[a])
        tabuUntil[r * people + u] = moves + tenure
        tabuGroup[r * people + v] = Int32(state.groupOfSeat[b])
        tabuUntil[r * people + v] = moves + tenure
        state.swap(round: r, a, b)
    }

    /// A few random swaps, to leave a region the search keeps circling.
    private mutating func shake(count: Int) {
        for _ in 0..<count {
            let r = random.below(state.rounds)
            let a = random.below(state.people)
            let g = state.groupOfSeat[a]
            let size = state.groupStart[g + 1] - state.groupStart[g]
            let k = random.below(state.people - size)
            state.swap(round: r, a, k < state.groupStart[g] ? k : k + size)
        }
    }

    /// How much cheaper (weighted) the best schedule is than the current one, without overflowing.
    private func saturatingDifference(_ best: SearchScore, _ current: SearchScore) -> Int64 {
        let parts: [(Int, Int64)] = [
            (best.hard - current.hard, SearchScore.hardWeight),
            (best.facilitation - current.facilitation, SearchScore.facilitationWeight),
            (best.balance - current.balance, SearchScore.balanceWeight),
            (best.repeats - current.repeats, SearchScore.repeatWeight),
            (best.spread - current.spread, 1),
        ]
        var total: Int64 = 0
        for (difference, weight) in parts {
            let (product, overflow) = Int64(difference).multipliedReportingOverflow(by: weight)
            if overflow { return difference < 0 ? Int64.min : Int64.max }
            let (sum, sumOverflow) = total.addingReportingOverflow(product)
            if sumOverflow { return product < 0 ? Int64.min : Int64.max }
            total = sum
        }
        return total
    }
}
