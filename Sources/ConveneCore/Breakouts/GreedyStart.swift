/// A first schedule built round by round, each person joining the group where they cost least so far.
///
/// Facilitators are seated first so each group gets one, then people with not-with partners, while
/// there is still room to keep them apart, then everyone else in a seeded random order. A person's
/// cost in a group counts who they met before, who they must not meet, and the tag spread.
enum GreedyStart {
    static func rounds(model: PairModel, counts startCounts: [Int32], sizes: [Int], rounds: Int,
                       traits: [UInt8], constrained: [Bool], random: inout SeededRandom) -> [[[Int]]] {
        let people = model.people
        var counts = startCounts
        var result: [[[Int]]] = []
        for _ in 0..<rounds {
            var order = Array(0..<people)
            random.shuffle(&order)
            let facilitating = order.filter { traits[$0] & SwapSearch.Trait.facilitator != 0 }
            let apart = order.filter { traits[$0] & SwapSearch.Trait.facilitator == 0 && constrained[$0] }
            let rest = order.filter { traits[$0] & SwapSearch.Trait.facilitator == 0 && !constrained[$0] }
            var groups: [[Int]] = sizes.map { _ in [] }
            var traitCounts = Array(repeating: 0, count: sizes.count * 3)
            for person in facilitating + apart + rest {
                var bestCost = Int64.max, choice = 0, ties = 0
                for g in groups.indices where groups[g].count < sizes[g] {
                    var cost: Int64 = 0
                    for other in groups[g] {
                        let c = model.counter(person, other)
                        let index = Int(model.kinds[c]) * model.stride + Int(counts[c])
                        cost += model.weighted[index + 1] - model.weighted[index]
                    }
                    for (t, bit) in SwapSearch.Trait.all.enumerated() where traits[person] & bit != 0 {
                        let already = Int64(traitCounts[g * 3 + t])
                        cost += t == 0 ? already * SearchScore.facilitationWeight : (2 * already + 1) * SearchScore.balanceWeight
                    }
                    if cost < bestCost {
                        bestCost = cost
                        choice = g
                        ties = 1
                    } else if cost == bestCost {
                        ties += 1
                        if random.below(ties) == 0 { choice = g }
                    }
                }
                for other in groups[choice] {
                    let c = model.counter(person, other)
                    counts[c] += 1
                    if model.mirrored { counts[other * people + person] += 1 }
                }
                for (t, bit) in SwapSearch.Trait.all.enumerated() where traits[person] & bit != 0 {
                    traitCounts[choice * 3 + t] += 1
                }
                groups[choice].append(person)
            }
            result.append(groups)
        }
        return result
    }
}
