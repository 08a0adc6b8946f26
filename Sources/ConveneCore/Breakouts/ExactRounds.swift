/// The best repeat-free rounds the constructions give, instantly, or by a short cyclic search for equal groups.
enum ExactRounds {
    /// Swaps and work (pair lookups) allowed for each cyclic shape tried, a tenth of a second or so:
    /// these searches either find a design fast or not at all.
    static let cyclicMoves = 3_000
    static let cyclicLookups = 40_000_000
    /// Swaps for each fresh try of every shape: designs are usually found quickly from a lucky start.
    static let cyclicTrials = [500, 1_000, 1_500]
    /// Cyclic shapes are searched only for rotations up to this many people.
    static let cyclicPeople = 200

    /// The most rounds of `groups` groups of `size` in which nobody meets anyone twice, by counting.
    static func repeatFree(groups: Int, size: Int) -> Int {
        size > 1 ? (groups * size - 1) / (size - 1) : 1
    }

    /// Repeat-free rounds for groups of these sizes, up to `wanted`; points numbered `0..<Σ sizes`.
    ///
    /// When some groups are one smaller, a construction for all-large groups is used without a few
    /// people who never meet one another: in every round they sit in different groups, so each one
    /// missing leaves a different group one short, exactly the sizes asked for. If a whole design
    /// has no such set, its first rounds may (a transversal design's rows never meet in its slope
    /// rounds), so rounds are given up from the end until one is found. The construction that keeps
    /// the most rounds wins; fewer than 2 gives nothing.
    static func rounds(sizes: [Int], wanted: Int) -> [[[Int]]] {
        guard let size = sizes.max(), let smallest = sizes.min(), size - smallest <= 1, smallest >= 1, wanted >= 1 else { return [] }
        let groups = sizes.count
        let short = sizes.filter { $0 < size }.count
        guard short > 0 else { return constructed(groups: groups, size: size, wanted: wanted) }
        var best: [[[Int]]] = []
        for full in candidates(groups: groups, size: size, wanted: wanted) where full.count > max(best.count, 1) {
            let kept = withoutPeopleWhoNeverMeet(full, count: short, people: groups * size, atLeast: max(best.count + 1, 2))
            if kept.count > best.count { best = kept }
        }
        return best
    }

    /// The longest prefix of `full` (at least `atLeast` rounds) with `count` people who never meet
    /// in it, those people taken out and the rest renumbered; empty if there is none.
    private static func withoutPeopleWhoNeverMeet(_ full: [[[Int]]], count short: Int, people: Int, atLeast: Int) -> [[[Int]]] {
        guard full.count >= atLeast else { return [] }
        let groupOf = full.map { round in
            var group = Array(repeating: 0, count: people)
            for (g, members) in round.enumerated() {
                for p in members { group[p] = g }
            }
            return group
        }
        for count in stride(from: full.count, through: atLeast, by: -1) {
            var apart: [Int] = []
            var met = Array(repeating: false, count: people)
            var candidate = 0
            while apart.count < short, candidate < people {
                if !met[candidate] {
                    apart.append(candidate)
                    for r in 0..<count {
                        for q in full[r][groupOf[r][candidate]] { met[q] = true }
                    }
                }
                candidate += 1
            }
            guard apart.count == short else { continue }
            let gone = Set(apart)
            var number = Array(repeating: 0, count: people)
            var next = 0
            for p in 0..<people where !gone.contains(p) {
                number[p] = next
                next += 1
            }
            return full.prefix(count).map { round in
                round.map { group in group.filter { !gone.contains($0) }.map { number[$0] } }.sorted { $0.count > $1.count }
            }
        }
        return []
    }

    /// The most repeat-free rounds (up to `wanted`) that any construction gives for `groups` groups
    /// of `size`; at least the one round everyone can have.
    static func constructed(groups: Int, size: Int, wanted: Int) -> [[[Int]]] {
        candidates(groups: groups, size: size, wanted: wanted).max { $0.count < $1.count } ?? []
    }

    /// Every construction's rounds (up to `wanted`) for `groups` groups of `size`: the single round,
    /// a transversal design with its rows seated by the best smaller construction, Kirkman triple
    /// systems and catalogued designs.
    static func candidates(groups: Int, size: Int, wanted: Int) -> [[[[Int]]]] {
        guard groups >= 1, size >= 1, wanted >= 1 else { return [] }
        var result = [[(0..<groups).map { g in Array(g * size..<(g + 1) * size) }]]
        let transversal = AffineConstruction.rounds(groups: groups, size: size, wanted: wanted)
        if !transversal.isEmpty {
            var seated: [[[Int]]] = []
            if transversal.count < wanted, groups % size == 0 {
                seated = constructed(groups: groups / size, size: size, wanted: wanted - transversal.count).map { innerRound in
                    (0..<size).flatMap { row in innerRound.map { group in group.map { row * groups + $0 } } }
                }
            }
            result.append(transversal + seated)
        }
        result += designs(people: groups * size, size: size).map { $0.rounds(wanted: wanted) }
        return result
    }

    /// Designs developed from base rounds for `people` in groups of `size`.
    static func designs(people: Int, size: Int) -> [DevelopedDesign] {
        var result = DesignCatalog.designs(people: people, size: size)
        if size == 3 {
            result += [KirkmanConstruction.tripled(people: people), KirkmanConstruction.doubledPlusOne(people: people)].compactMap { $0 }
        }
        return result
    }

    /// Rounds from a cyclic search: all `wanted` of them at the lower bound if one is found, else as
    /// many repeat-free rounds as possible; nil if neither is found.
    static func cyclic(groups: Int, size: Int, wanted: Int, random: inout SeededRandom, shouldStop: () -> Bool) -> [[[Int]]]? {
        let people = groups * size
        guard people <= cyclicPeople else { return nil }
        let possible = min(wanted, repeatFree(groups: groups, size: size))
        if wanted > possible {
            let bound = RotationLowerBound.forPlan(people: people, sizes: Array(repeating: size, count: groups), rounds: wanted)
            if let found = search(groups: groups, size: size, wanted: wanted, repeats: bound, random: &random, shouldStop: shouldStop) {
                return found
            }
        }
        return search(groups: groups, size: size, wanted: possible, repeats: 0, random: &random, shouldStop: shouldStop)
    }

    private static func search(groups: Int, size: Int, wanted: Int, repeats: Int, random: inout SeededRandom,
                               shouldStop: () -> Bool) -> [[[Int]]]? {
        let shapes = CyclicConstruction.shapes(groups: groups, size: size, wanted: wanted)
        for moves in cyclicTrials {
            for shape in shapes {
                if shouldStop() { return nil }
                if let found = CyclicConstruction.rounds(groups: groups, size: size, wanted: wanted, repeats: repeats, shape: shape,
                                                         maxMoves: moves, maxLookups: cyclicLookups * moves / cyclicMoves,
                                                         random: &random, shouldStop: shouldStop) {
                    return found
                }
            }
        }
        return nil
    }
}
