/// The best rounds the constructions give for equal groups, instantly or by a short cyclic search.
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

    /// Repeat-free rounds from finite-field geometry for groups of these sizes, up to `wanted`; points
    /// numbered `0..<Σ sizes`.
    ///
    /// When some groups are one smaller, the construction for all-large groups is used without some
    /// points of one row: people in one row never meet, so in every round each missing point leaves
    /// a different group one short, exactly the sizes asked for. Only the slope rounds keep that
    /// property, so uneven groups get at most as many rounds as there are groups.
    static func affine(sizes: [Int], wanted: Int) -> [[[Int]]] {
        guard let size = sizes.max(), let smallest = sizes.min(), size - smallest <= 1 else { return [] }
        let groups = sizes.count
        let short = sizes.filter { $0 < size }.count
        guard short > 0 else {
            return AffineConstruction.rounds(groups: groups, size: size, wanted: min(wanted, repeatFree(groups: groups, size: size)))
        }
        let full = AffineConstruction.rounds(groups: groups, size: size, wanted: min(wanted, groups))
        guard full.count >= 2 else { return [] }
        let firstMissing = (size - 1) * groups
        let renumber = { (p: Int) -> Int in p < firstMissing ? p : p - short }
        return full.map { round in
            round.map { group in group.filter { $0 < firstMissing || $0 >= firstMissing + short }.map(renumber) }
                .sorted { $0.count > $1.count }
        }
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
