extension SwapSearch {
    /// The weighted change in cost if the people in seats `a` and `b` of round `r` changed places.
    ///
    /// Plain pairs never share a counter, so each pair's change is read off its own cost curve.
    /// Orbit counters can be hit more than once by one swap, so those are applied, summed and undone.
    mutating func swapDelta(round r: Int, _ a: Int, _ b: Int) -> Int64 {
        let ga = groupOfSeat[a], gb = groupOfSeat[b]
        guard ga != gb else { return 0 }
        let base = r * people
        let u = Int(seats[base + a]), v = Int(seats[base + b])
        var delta = traitDelta(round: r, u, v, from: ga, to: gb).weighted
        if hasGains { return delta &+ tabledDelta(round: r, a, b, ga, gb) }
        if model.mirrored {
            let stride = model.stride
            for s in groupStart[ga]..<groupStart[ga + 1] where s != a {
                delta += leaveAndJoin(leaving: u, joining: v, other: Int(seats[base + s]), stride: stride)
            }
            for s in groupStart[gb]..<groupStart[gb + 1] where s != b {
                delta += leaveAndJoin(leaving: v, joining: u, other: Int(seats[base + s]), stride: stride)
            }
            return delta
        }
        var change: Int64 = 0
        for pass in 0..<2 {
            let sign: Int32 = pass == 0 ? 1 : -1
            for s in groupStart[ga]..<groupStart[ga + 1] where s != a {
                let other = Int(seats[base + s])
                change += bump(u, other, by: -sign)
                change += bump(v, other, by: sign)
            }
            for s in groupStart[gb]..<groupStart[gb + 1] where s != b {
                let other = Int(seats[base + s])
                change += bump(v, other, by: -sign)
                change += bump(u, other, by: sign)
            }
            if pass == 0 { delta += change }
        }
        return delta
    }

    /// Cost change when `leaving` stops meeting `other` in this round and `joining` starts to.
    @inline(__always)
    private func leaveAndJoin(leaving: Int, joining: Int, other: Int, stride: Int) -> Int64 {
        let gone = leaving &* people &+ other
        let goneIndex = Int(model.kinds[gone]) &* stride &+ Int(counts[gone])
        let came = joining &* people &+ other
        let cameIndex = Int(model.kinds[came]) &* stride &+ Int(counts[came])
        return (model.weighted[cameIndex + 1] - model.weighted[cameIndex]) - (model.weighted[goneIndex] - model.weighted[goneIndex - 1])
    }

    /// Changes one pair's counter and returns the weighted cost change.
    private mutating func bump(_ x: Int, _ y: Int, by step: Int32) -> Int64 {
        let c = model.counter(x, y)
        let before = Int(model.kinds[c]) * model.stride + Int(counts[c])
        counts[c] += step
        return model.weighted[before + Int(step)] - model.weighted[before]
    }

    /// Facilitation and balance changes when `u` moves from group `ga` to `gb` and `v` the other way.
    func traitDelta(round r: Int, _ u: Int, _ v: Int, from ga: Int, to gb: Int) -> (facilitation: Int, balance: Int, weighted: Int64) {
        let tu = traits[u], tv = traits[v]
        guard tu != tv else { return (0, 0, 0) }
        var facilitation = 0, balance = 0
        let baseA = (r * groups + ga) * 3, baseB = (r * groups + gb) * 3
        for (t, bit) in Trait.all.enumerated() {
            let hasU = tu & bit != 0, hasV = tv & bit != 0
            guard hasU != hasV else { continue }
            let losing = Int(hasU ? traitCounts[baseA + t] : traitCounts[baseB + t])
            let gaining = Int(hasU ? traitCounts[baseB + t] : traitCounts[baseA + t])
            if t == 0 {
                facilitation += (losing == 1 ? 1 : 0) - (gaining == 0 ? 1 : 0)
            } else {
                balance += 2 * (gaining - losing + 1)
            }
        }
        return (facilitation, balance, Int64(facilitation) * SearchScore.facilitationWeight + Int64(balance) * SearchScore.balanceWeight)
    }

    /// Swaps the people in seats `a` and `b` of round `r`, keeping counters and score exact.
    mutating func swap(round r: Int, _ a: Int, _ b: Int) {
        let ga = groupOfSeat[a], gb = groupOfSeat[b]
        guard ga != gb else { return }
        let base = r * people
        let u = Int(seats[base + a]), v = Int(seats[base + b])
        let traitChange = traitDelta(round: r, u, v, from: ga, to: gb)
        score.facilitation += traitChange.facilitation
        score.balance += traitChange.balance
        for (t, bit) in Trait.all.enumerated() {
            let step: Int32 = (traits[u] & bit != 0 ? 1 : 0) - (traits[v] & bit != 0 ? 1 : 0)
            traitCounts[(r * groups + ga) * 3 + t] -= step
            traitCounts[(r * groups + gb) * 3 + t] += step
        }
        for s in groupStart[ga]..<groupStart[ga + 1] where s != a {
            record(u, Int(seats[base + s]), by: -1, round: r)
            record(v, Int(seats[base + s]), by: 1, round: r)
        }
        for s in groupStart[gb]..<groupStart[gb + 1] where s != b {
            record(v, Int(seats[base + s]), by: -1, round: r)
            record(u, Int(seats[base + s]), by: 1, round: r)
        }
        seats[base + a] = Int32(v)
        seats[base + b] = Int32(u)
        seatOf[base + u] = Int32(b)
        seatOf[base + v] = Int32(a)
        if hasGains {
            recountGroup(round: r, group: ga)
            recountGroup(round: r, group: gb)
        }
    }

    /// Changes one pair's counter, the score parts it touches and, when kept, the gain tables of
    /// rounds other than `round` (whose groups the swap recounts).
    private mutating func record(_ x: Int, _ y: Int, by change: Int32, round: Int) {
        let c = model.counter(x, y)
        let before = Int(model.kinds[c]) * model.stride + Int(counts[c])
        let after = before + Int(change)
        score.hard += Int(model.hardCost[after] - model.hardCost[before])
        score.repeats += Int(model.repeatCost[after] - model.repeatCost[before])
        score.spread += Int(model.spreadCost[after] - model.spreadCost[before])
        guard hasGains else {
            addMeeting(x, y, by: change)
            return
        }
        let stepBefore = step(c), lastBefore = lastStep(c)
        addMeeting(x, y, by: change)
        shiftGains(x, y, stepBefore: stepBefore, lastBefore: lastBefore, skipping: round)
    }

    /// Whether the person in seat `s` of round `r` is part of something the score counts against.
    ///
    /// `lowest` holds, per round and trait, the fewest people with that trait in any group (empty
    /// when traits are balanced): someone in a group with two more than that could move to even out.
    func isInConflict(round r: Int, seat s: Int, lowest: [Int32]) -> Bool {
        let base = r * people
        let u = Int(seats[base + s])
        let g = groupOfSeat[s]
        if hasGains {
            if leave[base + u] > 0 { return true }
        } else {
            for other in groupStart[g]..<groupStart[g + 1] where other != s {
                let c = model.counter(u, Int(seats[base + other]))
                let index = Int(model.kinds[c]) * model.stride + Int(counts[c])
                if model.weighted[index] > model.weighted[index - 1] { return true }
            }
        }
        let t = traits[u]
        guard t != 0, !lowest.isEmpty else { return false }
        let cell = (r * groups + g) * 3
        for (index, bit) in Trait.all.enumerated() where t & bit != 0 {
            if traitCounts[cell + index] >= lowest[r * 3 + index] + 2 { return true }
        }
        return false
    }

    /// Per round and trait, the fewest people with that trait in any one group.
    func lowestTraitCounts() -> [Int32] {
        var lowest = [Int32](repeating: Int32.max, count: rounds * 3)
        for r in 0..<rounds {
            for g in 0..<groups {
                for t in 0..<3 {
                    lowest[r * 3 + t] = min(lowest[r * 3 + t], traitCounts[(r * groups + g) * 3 + t])
                }
            }
        }
        return lowest
    }
}
