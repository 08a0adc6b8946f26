/// A schedule being improved by swapping two people between groups of one round.
///
/// Every planned round has the same group sizes; seats `groupStart[g]..<groupStart[g+1]` of a round
/// belong to group g. Pair counters start from what people already met (earlier meetings and rounds
/// already played), so the search treats those pairs as met.
struct SwapSearch {
    let model: PairModel
    let people: Int
    let rounds: Int
    let groupStart: [Int]
    let groupOfSeat: [Int]
    let largestGroup: Int
    /// Who sits in each seat, round by round: `seats[round * people + seat]`.
    var seats: [Int32]
    /// Where each person sits, round by round: `seatOf[round * people + person]`.
    var seatOf: [Int32]
    var counts: [Int32]
    /// Counters before any planned round: the starting point `load` recounts from.
    let baseCounts: [Int32]
    /// Trait bits of each person: see `Trait`.
    let traits: [UInt8]
    /// How many people with each trait sit in each group: `[(round * groups + group) * 3 + trait]`.
    var traitCounts: [Int32]
    let facilitators: Int
    let traitTotals: [Int]
    var score = SearchScore()
    /// Whether `join` and `leave` are kept: see `SwapSearch+Gains`.
    let hasGains: Bool
    var join: [Int64] = []
    var leave: [Int64] = []

    var groups: Int { groupStart.count - 1 }

    enum Trait {
        static let facilitator: UInt8 = 1
        static let new: UInt8 = 2
        static let member: UInt8 = 4
        static let all: [UInt8] = [facilitator, new, member]
    }

    /// - Parameters:
    ///   - start: each round's groups as person numbers, shaped by `sizes`.
    ///   - initialCounts: one entry per counter of `model`, what people met before these rounds.
    init(model: PairModel, sizes: [Int], start: [[[Int]]], initialCounts: [Int32], traits: [UInt8]) {
        self.model = model
        people = model.people
        rounds = start.count
        var groupStart = [0]
        var groupOfSeat: [Int] = []
        for (g, size) in sizes.enumerated() {
            groupStart.append(groupStart[g] + size)
            groupOfSeat += Array(repeating: g, count: size)
        }
        self.groupStart = groupStart
        self.groupOfSeat = groupOfSeat
        largestGroup = sizes.max() ?? 1
        baseCounts = initialCounts
        counts = initialCounts
        self.traits = traits
        facilitators = traits.filter { $0 & Trait.facilitator != 0 }.count
        traitTotals = Trait.all.map { bit in traits.filter { $0 & bit != 0 }.count }
        seats = start.flatMap { round in round.flatMap { group in group.map { Int32($0) } } }
        seatOf = []
        traitCounts = []
        hasGains = SwapSearch.wantsGains(model: model, rounds: start.count, people: model.people, groups: sizes.count)
        if hasGains {
            join = Array(repeating: 0, count: start.count * model.people * sizes.count)
            leave = Array(repeating: 0, count: start.count * model.people)
        }
        load(seats: seats)
    }

    /// Puts everyone in the given seats and recounts everything from the counters people started with.
    mutating func load(seats newSeats: [Int32]) {
        seats = newSeats
        counts = baseCounts
        seatOf = Array(repeating: 0, count: rounds * people)
        traitCounts = Array(repeating: 0, count: rounds * groups * 3)
        for r in 0..<rounds {
            for s in 0..<people {
                let person = Int(seats[r * people + s])
                seatOf[r * people + person] = Int32(s)
                for (t, bit) in Trait.all.enumerated() where traits[person] & bit != 0 {
                    traitCounts[(r * groups + groupOfSeat[s]) * 3 + t] += 1
                }
                for other in (s + 1)..<groupStart[groupOfSeat[s] + 1] {
                    addMeeting(person, Int(seats[r * people + other]), by: 1)
                }
            }
        }
        score = fullScore()
        rebuildGains()
    }

    /// Records that two people meet once more (or once less).
    @inline(__always)
    mutating func addMeeting(_ u: Int, _ v: Int, by change: Int32) {
        let c = model.counter(u, v)
        counts[c] += change
        if model.mirrored { counts[v * people + u] += change }
    }

    /// The score recomputed from the counters and group make-up.
    func fullScore() -> SearchScore {
        var result = SearchScore()
        for c in 0..<model.counters {
            if model.mirrored, c / people >= c % people { continue }
            let index = Int(model.kinds[c]) * model.stride + Int(counts[c])
            result.hard += Int(model.hardCost[index])
            result.repeats += Int(model.repeatCost[index])
            result.spread += Int(model.spreadCost[index])
        }
        for r in 0..<rounds {
            for g in 0..<groups {
                let base = (r * groups + g) * 3
                if traitCounts[base] == 0 { result.facilitation += 1 }
                result.balance += Int(traitCounts[base + 1] * traitCounts[base + 1] + traitCounts[base + 2] * traitCounts[base + 2])
            }
        }
        result.facilitation -= rounds * max(0, groups - facilitators)
        result.balance -= rounds * (evenSquares(traitTotals[1]) + evenSquares(traitTotals[2]))
        return result
    }

    /// The smallest sum of squared counts when `total` people are spread over the groups.
    private func evenSquares(_ total: Int) -> Int {
        let q = total / groups, r = total % groups
        return r * (q + 1) * (q + 1) + (groups - r) * q * q
    }

    /// Each round's groups as person numbers.
    var schedule: [[[Int]]] {
        (0..<rounds).map { r in
            (0..<groups).map { g in (groupStart[g]..<groupStart[g + 1]).map { Int(seats[r * people + $0]) } }
        }
    }
}
