/// Incremental gain tables: what each person would cost by joining each group, so a swap is priced in O(1).
///
/// For plain pair models `join[(r·people + u)·groups + g]` is the weighted cost of u meeting everyone
/// now in group g of round r once more, and `leave[r·people + u]` what u saves by no longer meeting
/// their own group. Swapping u (group A) with v (group B) then changes the cost by
/// join(u, B) + join(v, A) − 2·step(u, v) − leave(u) − leave(v), the step for u and v themselves
/// being counted in both joins although they part. A swap changes 4·(size − 1) counters; each one
/// moves two entries per other round, and the two groups of the swapped round are recounted.
extension SwapSearch {
    /// Tables are kept only up to this many entries (8 bytes each); larger problems price swaps pair by pair.
    static let maxGainEntries = 4_000_000

    static func wantsGains(model: PairModel, rounds: Int, people: Int, groups: Int) -> Bool {
        model.mirrored && rounds * people * groups <= maxGainEntries
    }

    /// The weighted cost of one more meeting for the pair on counter `c`.
    @inline(__always)
    func step(_ c: Int) -> Int64 {
        let index = Int(model.kinds[c]) &* model.stride &+ Int(counts[c])
        return model.weighted[index &+ 1] &- model.weighted[index]
    }

    /// The weighted cost the last meeting of the pair on counter `c` added (0 if they never met).
    @inline(__always)
    func lastStep(_ c: Int) -> Int64 {
        let count = Int(counts[c])
        guard count > 0 else { return 0 }
        let index = Int(model.kinds[c]) &* model.stride &+ count
        return model.weighted[index] &- model.weighted[index &- 1]
    }

    /// Recomputes every table entry from the counters and seats.
    mutating func rebuildGains() {
        guard hasGains else { return }
        for r in 0..<rounds {
            for g in 0..<groups { recountGroup(round: r, group: g) }
        }
    }

    /// Recounts, for one group of one round, everyone's join entry and its members' leave entries.
    mutating func recountGroup(round r: Int, group g: Int) {
        let base = r * people
        let members = (groupStart[g]..<groupStart[g + 1]).map { Int(seats[base + $0]) }
        for u in 0..<people {
            var total: Int64 = 0
            for x in members where x != u { total &+= step(u &* people &+ x) }
            join[(base + u) * groups + g] = total
        }
        for u in members {
            var total: Int64 = 0
            for x in members where x != u { total &+= lastStep(u &* people &+ x) }
            leave[base + u] = total
        }
    }

    /// Moves the entries that depend on the pair (x, y) after its counter changed from `before`,
    /// in every round but `skipping`, whose changed groups are recounted whole.
    @inline(__always)
    mutating func shiftGains(_ x: Int, _ y: Int, stepBefore: Int64, lastBefore: Int64, skipping: Int) {
        let c = x &* people &+ y
        let stepChange = step(c) &- stepBefore
        let lastChange = lastStep(c) &- lastBefore
        for r in 0..<rounds where r != skipping {
            let base = r &* people
            let gx = groupOfSeat[Int(seatOf[base &+ x])], gy = groupOfSeat[Int(seatOf[base &+ y])]
            join[(base &+ x) &* groups &+ gy] &+= stepChange
            join[(base &+ y) &* groups &+ gx] &+= stepChange
            if gx == gy {
                leave[base &+ x] &+= lastChange
                leave[base &+ y] &+= lastChange
            }
        }
    }

    /// The weighted cost change of swapping seats `a` (group `ga`) and `b` (group `gb`) of round `r`, from the tables.
    @inline(__always)
    func tabledDelta(round r: Int, _ a: Int, _ b: Int, _ ga: Int, _ gb: Int) -> Int64 {
        let base = r &* people
        let u = Int(seats[base &+ a]), v = Int(seats[base &+ b])
        let pair = step(u &* people &+ v)
        return join[(base &+ u) &* groups &+ gb] &+ join[(base &+ v) &* groups &+ ga] &- 2 &* pair
            &- leave[base &+ u] &- leave[base &+ v]
    }
}
