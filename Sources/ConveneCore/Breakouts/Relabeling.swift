/// Which person stands on which point of a construction, chosen to honour constraints and history.
///
/// A construction fixes who meets whom only up to renaming, so renaming is free: a local search
/// swaps two people's points to keep not-with pairs on points that never meet, put facilitators
/// on points that reach every group, spread tags, and keep people who met before apart. Without
/// any of those, a seeded shuffle, so different seeds give different rotations.
enum Relabeling {
    /// Swaps tried at most; each costs about as many steps as there are rounds.
    static let maxSteps = 20_000

    /// A person number for every point of `rounds`.
    static func assign(_ rounds: [[[Int]]], problem: RotationProblem, random: inout SeededRandom) -> [Int] {
        var label = Array(0..<problem.people)
        random.shuffle(&label)
        guard !problem.forbidden.isEmpty || problem.hasTraits || problem.hasHistory else { return label }
        var board = Board(rounds, problem: problem, label: label)
        var steps = 0
        while board.cost > 0, steps < maxSteps {
            let a = random.below(problem.people)
            guard board.isInvolved(a) else {
                steps += 1
                continue
            }
            var bestDelta = Int64.max, partner = a, ties = 0
            for b in 0..<problem.people where b != a {
                let delta = board.swapDelta(a, b)
                steps += 1
                if delta < bestDelta {
                    bestDelta = delta
                    partner = b
                    ties = 1
                } else if delta == bestDelta {
                    ties += 1
                    if random.below(ties) == 0 { partner = b }
                }
            }
            if bestDelta <= 0 { board.swap(a, partner) }
        }
        var result = Array(repeating: 0, count: problem.people)
        for person in 0..<problem.people { result[board.point[person]] = person }
        return result
    }

    /// People placed on the points of a construction, with what their placement costs.
    private struct Board {
        let groupOf: [[Int]]
        let meets: [UInt8]
        let people: Int
        let traits: [UInt8]
        /// Per person: people they should not meet, and what a meeting would cost.
        let relations: [[(other: Int, weight: Int64)]]
        /// Point of each person.
        var point: [Int]
        /// Trait counts per round, group and trait.
        var traitCounts: [[Int]]
        let groups: Int
        var cost: Int64 = 0

        init(_ rounds: [[[Int]]], problem: RotationProblem, label: [Int]) {
            people = problem.people
            groups = rounds.first?.count ?? 0
            traits = problem.traits
            groupOf = rounds.map { round in
                var group = Array(repeating: 0, count: problem.people)
                for (g, members) in round.enumerated() {
                    for p in members { group[p] = g }
                }
                return group
            }
            var meets = [UInt8](repeating: 0, count: people * people)
            for round in rounds {
                for members in round {
                    for a in members {
                        for b in members where a != b { meets[a * people + b] &+= 1 }
                    }
                }
            }
            self.meets = meets
            var relations: [[(other: Int, weight: Int64)]] = Array(repeating: [], count: people)
            for (a, b) in problem.forbidden {
                relations[a].append((b, SearchScore.hardWeight))
                relations[b].append((a, SearchScore.hardWeight))
            }
            for a in 0..<people {
                for b in 0..<people where b != a && problem.baseCounts[a * people + b] > 0 {
                    relations[a].append((b, SearchScore.repeatWeight))
                }
            }
            self.relations = relations
            point = Array(repeating: 0, count: people)
            for (p, person) in label.enumerated() { point[person] = p }
            traitCounts = Array(repeating: Array(repeating: 0, count: groups * 3), count: rounds.count)
            for r in rounds.indices {
                for person in 0..<people {
                    for (t, bit) in SwapSearch.Trait.all.enumerated() where traits[person] & bit != 0 {
                        traitCounts[r][groupOf[r][point[person]] * 3 + t] += 1
                    }
                }
            }
            cost = pairCost() + traitCost()
        }

        private func pairCost() -> Int64 {
            var total: Int64 = 0
            for a in 0..<people {
                for relation in relations[a] where relation.other > a {
                    total += relation.weight * Int64(meets[point[a] * people + point[relation.other]])
                }
            }
            return total
        }

        /// Groups without a facilitator (beyond those that must go without) and uneven tags, weighted.
        private func traitCost() -> Int64 {
            let facilitators = traits.filter { $0 & SwapSearch.Trait.facilitator != 0 }.count
            let even = [SwapSearch.Trait.new, SwapSearch.Trait.member].reduce(0) { sum, bit in
                let total = traits.filter { $0 & bit != 0 }.count
                let q = total / groups, r = total % groups
                return sum + r * (q + 1) * (q + 1) + (groups - r) * q * q
            }
            var total: Int64 = 0
            for counts in traitCounts {
                var bare = 0, squares = 0
                for g in 0..<groups {
                    if counts[g * 3] == 0 { bare += 1 }
                    squares += counts[g * 3 + 1] * counts[g * 3 + 1] + counts[g * 3 + 2] * counts[g * 3 + 2]
                }
                total += Int64(bare - max(0, groups - facilitators)) * SearchScore.facilitationWeight
                total += Int64(squares - even) * SearchScore.balanceWeight
            }
            return total
        }

        /// Whether moving this person could lower the cost.
        func isInvolved(_ person: Int) -> Bool {
            if traits[person] != 0 { return true }
            return relations[person].contains { meets[point[person] * people + point[$0.other]] > 0 }
        }

        func swapDelta(_ a: Int, _ b: Int) -> Int64 {
            let pa = point[a], pb = point[b]
            var delta: Int64 = 0
            for relation in relations[a] where relation.other != b {
                let x = point[relation.other]
                delta += relation.weight * (Int64(meets[pb * people + x]) - Int64(meets[pa * people + x]))
            }
            for relation in relations[b] where relation.other != a {
                let x = point[relation.other]
                delta += relation.weight * (Int64(meets[pa * people + x]) - Int64(meets[pb * people + x]))
            }
            guard traits[a] != traits[b] else { return delta }
            for r in groupOf.indices {
                let ga = groupOf[r][pa], gb = groupOf[r][pb]
                guard ga != gb else { continue }
                for (t, bit) in SwapSearch.Trait.all.enumerated() {
                    let step = (traits[a] & bit != 0 ? 1 : 0) - (traits[b] & bit != 0 ? 1 : 0)
                    guard step != 0 else { continue }
                    let from = traitCounts[r][ga * 3 + t], to = traitCounts[r][gb * 3 + t]
                    if t == 0 {
                        let before = (from == 0 ? 1 : 0) + (to == 0 ? 1 : 0)
                        let after = (from - step == 0 ? 1 : 0) + (to + step == 0 ? 1 : 0)
                        delta += Int64(after - before) * SearchScore.facilitationWeight
                    } else {
                        let before = from * from + to * to
                        let after = (from - step) * (from - step) + (to + step) * (to + step)
                        delta += Int64(after - before) * SearchScore.balanceWeight
                    }
                }
            }
            return delta
        }

        mutating func swap(_ a: Int, _ b: Int) {
            cost += swapDelta(a, b)
            for r in groupOf.indices {
                for (t, bit) in SwapSearch.Trait.all.enumerated() {
                    let step = (traits[a] & bit != 0 ? 1 : 0) - (traits[b] & bit != 0 ? 1 : 0)
                    traitCounts[r][groupOf[r][point[a]] * 3 + t] -= step
                    traitCounts[r][groupOf[r][point[b]] * 3 + t] += step
                }
            }
            point.swapAt(a, b)
        }
    }
}
