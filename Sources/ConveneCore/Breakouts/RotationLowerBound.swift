/// The fewest repeated pairings any schedule of these group sizes can have, proved by counting.
///
/// For equal groups this is the familiar `max(0, rounds × groups × C(size, 2) − C(people, 2))`:
/// more pairings happen than there are pairs. The per-person form is never weaker and also covers
/// uneven groups: person p meets `m_p` = Σ over rounds of (their group's size − 1) others, but has
/// only `d_p` possible distinct partners, so at least `m_p − d_p` of their meetings repeat someone,
/// and every repeated pairing is counted by both people: repeats ≥ ⌈Σ_p max(0, m_p − d_p) / 2⌉.
/// Who sits in the larger groups is a choice, so the bound hands those seats to the people furthest
/// from their limit, the arrangement with the smallest total excess. When groups are larger than
/// their number (20 people in 2 groups), the pigeonhole bound below is stronger; the larger counts.
enum RotationLowerBound {
    /// - Parameters:
    ///   - start: meetings each person already has that count against their partners.
    ///   - partners: how many distinct people each person can still meet without repeating.
    ///   - rounds: group sizes of each round still to be planned, everyone in `start` attending.
    static func perPerson(start: [Int], partners: [Int], rounds: [[Int]]) -> Int {
        (excess(start: start, partners: partners, rounds: rounds) + 1) / 2
    }

    /// Σ_p max(0, m_p − d_p): meetings beyond each person's possible partners, before halving.
    static func excess(start: [Int], partners: [Int], rounds: [[Int]]) -> Int {
        var load = zip(start, partners).map { $0 - $1 }
        for sizes in rounds {
            guard let smallest = sizes.min() else { continue }
            let bigSeats = sizes.reduce(0) { $0 + ($1 > smallest ? $1 : 0) }
            let order = load.indices.sorted { load[$0] != load[$1] ? load[$0] < load[$1] : $0 < $1 }
            for (rank, person) in order.enumerated() {
                load[person] += smallest - 1 + (rank < bigSeats ? 1 : 0)
            }
        }
        return load.reduce(0) { $0 + max(0, $1) }
    }

    /// Repeats forced between consecutive rounds when a group is larger than the number of groups: its members come from only that many groups of the round before, so
    /// some of them sat together then. A pair meeting c times is counted at most c − 1 times over
    /// consecutive rounds, so the forced coincidences of consecutive rounds add up to a bound.
    static func pigeonhole(sizes: [Int], rounds: Int) -> Int {
        let groups = sizes.count
        guard groups > 0, rounds > 1 else { return 0 }
        let perRound = sizes.reduce(0) { sum, size in
            let q = size / groups, r = size % groups
            return sum + r * (q + 1) * q / 2 + (groups - r) * q * (q - 1) / 2
        }
        return perRound * (rounds - 1)
    }

    /// The bound for rounds already fixed, whoever attended which: nobody has a choice left.
    static func forRounds(_ rounds: [[[String]]]) -> Int {
        var meetings: [String: Int] = [:]
        for round in rounds {
            for group in round {
                for name in group { meetings[name, default: 0] += group.count - 1 }
            }
        }
        let cap = meetings.count - 1
        return (meetings.values.reduce(0) { $0 + max(0, $1 - cap) } + 1) / 2
    }

    /// The bound for a plan where everyone attends every round.
    static func forPlan(people: Int, sizes: [Int], rounds: Int) -> Int {
        max(pigeonhole(sizes: sizes, rounds: rounds),
            perPerson(start: Array(repeating: 0, count: people), partners: Array(repeating: people - 1, count: people),
                      rounds: Array(repeating: sizes, count: rounds)))
    }
}
