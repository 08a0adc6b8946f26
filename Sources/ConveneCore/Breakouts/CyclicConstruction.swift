/// Repeat-free rounds found by searching only for base rounds that a cyclic shift turns into all the others.
///
/// Points are `rows × Z_m` plus a few fixed points. Shifting every point (r, x) to (r, x + t) turns
/// one base round into m rounds; B base rounds give B·m. Two points' meetings then depend only on
/// their orbit under the shift (their rows and the difference of their positions), so the search
/// (the same tabu search, counting orbits instead of pairs) works on a problem m times smaller.
/// Known designs are of this kind: Kirkman's 15 schoolgirls are Z_7 × 2 rows + 1 fixed point,
/// and 30 people in groups of 5 for 6 rounds are Z_6 × 5 rows.
enum CyclicConstruction {
    struct Shape: Equatable {
        let shift: Int
        let rows: Int
        let fixed: Int
        let bases: Int
    }

    /// Shapes worth trying for `wanted` rounds of `groups × size` people, most promising first.
    static func shapes(groups: Int, size: Int, wanted: Int) -> [Shape] {
        let people = groups * size
        var result: [Shape] = []
        for bases in 1...3 {
            let shift = (wanted + bases - 1) / bases
            guard shift >= 2 else { continue }
            for extra in 0...1 {
                let fixed = people % shift + extra * shift
                let rows = (people - fixed) / shift
                if rows >= 1, fixed <= groups, !result.contains(Shape(shift: shift, rows: rows, fixed: fixed, bases: bases)) {
                    result.append(Shape(shift: shift, rows: rows, fixed: fixed, bases: bases))
                }
            }
        }
        return result
    }

    /// `wanted` rounds of this shape with at most `repeats` repeated pairings (counted over the whole
    /// development), or nil if the search gives up within `maxMoves` swaps or `maxLookups` pair lookups.
    static func rounds(groups: Int, size: Int, wanted: Int, repeats: Int, shape: Shape, maxMoves: Int, maxLookups: Int,
                       random: inout SeededRandom, shouldStop: () -> Bool) -> [[[Int]]]? {
        let people = groups * size
        let model = orbitModel(shape, people: people, sizes: Array(repeating: size, count: groups))
        var start: [[[Int]]] = []
        for _ in 0..<shape.bases {
            var order = Array(0..<people)
            random.shuffle(&order)
            start.append((0..<groups).map { g in Array(order[g * size..<(g + 1) * size]) })
        }
        let state = SwapSearch(model: model, sizes: Array(repeating: size, count: groups), start: start,
                               initialCounts: Array(repeating: 0, count: model.counters),
                               traits: Array(repeating: 0, count: people))
        var search = TabuSearch(state, seed: random.next())
        let target = SearchScore(repeats: repeats, spread: Int.max)
        search.run(target: target, maxMoves: maxMoves, maxLookups: maxLookups, shouldStop: { _ in shouldStop() })
        guard search.bestScore.reaches(target) else { return nil }
        var result: [[[Int]]] = []
        for base in search.bestSchedule {
            for t in 0..<shape.shift where result.count < wanted {
                result.append(base.map { group in group.map { shifted($0, by: t, shape) } })
            }
        }
        return result
    }

    /// Point `p` moved `t` places along its row; fixed points stay put.
    static func shifted(_ p: Int, by t: Int, _ shape: Shape) -> Int {
        let cyclic = shape.rows * shape.shift
        guard p < cyclic else { return p }
        return (p / shape.shift) * shape.shift + (p % shape.shift + t) % shape.shift
    }

    /// Orbit counters: which orbit each ordered pair of points falls in, with the orbit's size and
    /// how many times each of its pairs meets per occurrence in a base round.
    static func orbitModel(_ shape: Shape, people: Int, sizes: [Int]) -> PairModel {
        let m = shape.shift
        let cyclic = shape.rows * m
        var numbers: [Int: Int32] = [:]
        var orbitSizes: [Int] = [], multiplicities: [Int] = []
        var orbitOf = [Int32](repeating: 0, count: people * people)
        for u in 0..<people {
            for v in 0..<people where v != u {
                let a = min(u, v), b = max(u, v)
                let key: Int, size: Int, multiplicity: Int
                if a >= cyclic {
                    key = 3 * people * people + a * people + b
                    size = 1
                    multiplicity = m
                } else if b >= cyclic {
                    key = 2 * people * people + (a / m) * people + b
                    size = m
                    multiplicity = 1
                } else if a / m == b / m {
                    let d = (b - a) % m
                    let distance = min(d, m - d)
                    key = people * people + (a / m) * people + distance
                    size = 2 * distance == m ? m / 2 : m
                    multiplicity = 2 * distance == m ? 2 : 1
                } else {
                    key = ((a / m) * shape.rows + b / m) * m + ((b % m) - (a % m) + m) % m
                    size = m
                    multiplicity = 1
                }
                if numbers[key] == nil {
                    numbers[key] = Int32(orbitSizes.count)
                    orbitSizes.append(size)
                    multiplicities.append(multiplicity)
                }
                orbitOf[u * people + v] = numbers[key] ?? 0
            }
        }
        let pairsPerRound = sizes.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        return PairModel.orbits(people: people, orbitOf: orbitOf, sizes: orbitSizes, multiplicities: multiplicities,
                                maxCount: pairsPerRound * shape.bases)
    }
}
