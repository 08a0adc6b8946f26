/// The best rounds a construction can give: repeat-free ones, or all of them at the lower bound.
enum ExactRounds {
    /// Swaps allowed for each cyclic shape tried; small, since these searches either find a design fast or not at all.
    static let cyclicMoves = 3_000
    /// Cyclic shapes are searched only for rotations up to this many people.
    static let cyclicPeople = 200

    /// Up to `wanted` rounds for `groups × size` points: all of them if a construction reaches the
    /// lower bound, else as many repeat-free rounds as the constructions give.
    static func find(groups: Int, size: Int, wanted: Int, random: inout SeededRandom, shouldStop: () -> Bool) -> [[[Int]]] {
        let people = groups * size
        let possible = min(wanted, (people - 1) / (size - 1))
        let affine = AffineConstruction.rounds(groups: groups, size: size, wanted: possible)
        guard affine.count < wanted, people <= cyclicPeople else { return affine }
        if wanted > possible {
            let bound = RotationLowerBound.forPlan(people: people, sizes: Array(repeating: size, count: groups), rounds: wanted)
            if let found = cyclic(groups: groups, size: size, wanted: wanted, repeats: bound, random: &random, shouldStop: shouldStop) {
                return found
            }
        }
        guard affine.count < possible else { return affine }
        return cyclic(groups: groups, size: size, wanted: possible, repeats: 0, random: &random, shouldStop: shouldStop) ?? affine
    }

    private static func cyclic(groups: Int, size: Int, wanted: Int, repeats: Int, random: inout SeededRandom,
                               shouldStop: () -> Bool) -> [[[Int]]]? {
        for shape in CyclicConstruction.shapes(groups: groups, size: size, wanted: wanted) {
            if let found = CyclicConstruction.rounds(groups: groups, size: size, wanted: wanted, repeats: repeats, shape: shape,
                                                     maxMoves: cyclicMoves, random: &random, shouldStop: shouldStop) {
                return found
            }
            if shouldStop() { return nil }
        }
        return nil
    }
}
