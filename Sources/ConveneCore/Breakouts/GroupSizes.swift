/// How many groups a round has and how big each one is; sizes differ by at most one and none is below two.
///
/// `.groupsOf(n)`: the group count is `people / n` rounded down or up, whichever needs fewer seats
/// added or taken away from groups of exactly `n`; on a tie, more and smaller groups, so everyone
/// gets more time to speak. 43 in groups of 5 gives 9 groups (7 of 5, 2 of 4), 7 in groups of 3
/// gives a 4 and a 3, 10 in groups of 4 gives 4, 3 and 3.
/// `.groupCount(g)`: exactly `g` groups. Larger groups come first.
enum GroupSizes {
    static let maxPeople = 2000

    static func sizes(people: Int, sizing: BreakoutPlan.Sizing) throws -> [Int] {
        guard people > 0 else { throw RotationError("there is nobody to put in groups") }
        guard people >= 2 else { throw RotationError("one person cannot make a breakout group; at least 2 are needed") }
        guard people <= maxPeople else { throw RotationError("\(people) people is more than the \(maxPeople) a rotation can plan") }
        switch sizing {
        case .groupCount(let count):
            guard count >= 1 else { throw RotationError("the number of groups must be at least 1") }
            guard count <= people / 2 else {
                throw RotationError("\(people) people cannot make \(count) groups of at least 2; at most \(people / 2) groups")
            }
            return split(people, into: count)
        case .groupsOf(let size):
            guard size >= 2 else { throw RotationError("groups of \(size) are not breakout groups; the size must be at least 2") }
            guard size <= people else { throw RotationError("groups of \(size) need at least \(size) people, but there are \(people)") }
            let fewer = max(1, people / size)
            let candidates = [fewer + 1, fewer].filter { $0 <= people / 2 || $0 == 1 }
            let best = candidates.min { misfit(people, $0, size) < misfit(people, $1, size) } ?? fewer
            return split(people, into: best)
        }
    }

    /// Sizes of `count` groups from `people`, larger first.
    static func split(_ people: Int, into count: Int) -> [Int] {
        let base = people / count
        let larger = people % count
        return (0..<count).map { $0 < larger ? base + 1 : base }
    }

    /// Seats to add or take away so every group has the asked size.
    private static func misfit(_ people: Int, _ count: Int, _ size: Int) -> Int {
        split(people, into: count).reduce(0) { $0 + abs($1 - size) }
    }
}
