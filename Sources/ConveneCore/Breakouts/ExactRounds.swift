/// The best rounds the constructions give for equal groups, instantly or by a short cyclic search.
enum ExactRounds {
    /// Swaps allowed for each cyclic shape tried; small, since these searches either find a design fast or not at all.
    static let cyclicMoves = 3_000
    /// Cyclic shapes are searched only for rotations up to this many people.
    static let cyclicPeople = 200

    /// The most rounds of `groups` groups of `size` in which nobody meets anyone twice, by counting.
    static func repeatFree(groups: Int, size: Int) -> Int {
        size > 1 ? (groups * size - 1) / (size - 1) : 1
    }

    /// Repeat-free rounds from finite-field geometry, up to `wanted`.
    static func affine(groups: Int, size: Int, wanted: Int) -> [[[Int]]] {
        AffineConstruction.rounds(groups: groups, size: size, wanted: min(wanted, repeatFree(groups: groups, size: size)))
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
        for shape in CyclicConstruction.shapes(groups: groups, size: size, wanted: wanted) {
            if shouldStop() { return nil }
            if let found = CyclicConstruction.rounds(groups: groups, size: size, wanted: wanted, repeats: repeats, shape: shape,
                                                     maxMoves: cyclicMoves, random: &random, shouldStop: shouldStop) {
                return found
            }
        }
        return nil
    }
}
