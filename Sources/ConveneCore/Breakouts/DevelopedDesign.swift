/// Rounds made by translating a few base rounds through an additive group, as designs are usually published.
///
/// Points are `levels` copies of the group, point `level * order + element`, and then `fixed` points
/// the group leaves where they are. Translating by t moves (level, x) to (level, x + t). Each base
/// round gives one round per translate by 0..<period (a round that adding `period` maps to itself,
/// as in 1-rotational designs, needs no more); each orbit block (one point per level) gives a
/// single round made of its translates, which are disjoint. Two points then meet as often as their
/// difference occurs in the base rounds, which is what a difference family controls.
struct DevelopedDesign {
    let group: AdditiveGroup
    let levels: Int
    let fixed: Int
    let period: Int
    let baseRounds: [[[Int]]]
    let orbitBlocks: [[Int]]

    init(group: AdditiveGroup, levels: Int, fixed: Int = 0, period: Int? = nil, baseRounds: [[[Int]]], orbitBlocks: [[Int]] = []) {
        self.group = group
        self.levels = levels
        self.fixed = fixed
        self.period = period ?? group.order
        self.baseRounds = baseRounds
        self.orbitBlocks = orbitBlocks
    }

    var people: Int { levels * group.order + fixed }
    var groupSize: Int { baseRounds.first?.first?.count ?? orbitBlocks.first?.count ?? 0 }
    var roundCount: Int { baseRounds.count * period + orbitBlocks.count }

    /// Every round, base rounds' translates first, up to `wanted` of them.
    func rounds(wanted: Int = Int.max) -> [[[Int]]] {
        var result: [[[Int]]] = []
        for base in baseRounds {
            for t in 0..<period where result.count < wanted {
                result.append(base.map { block in block.map { translate($0, by: t) } })
            }
        }
        for block in orbitBlocks where result.count < wanted {
            result.append((0..<group.order).map { t in block.map { translate($0, by: t) } })
        }
        return result
    }

    /// Point `p` moved by `t` within its level; fixed points stay put.
    func translate(_ p: Int, by t: Int) -> Int {
        let n = group.order
        guard p < levels * n else { return p }
        return (p / n) * n + group.add(p % n, t)
    }
}

/// The group a design is developed over: the integers modulo m, or a finite field's addition.
enum AdditiveGroup {
    case cyclic(Int)
    case field(FiniteField)

    var order: Int {
        switch self {
        case .cyclic(let m): m
        case .field(let field): field.order
        }
    }

    func add(_ a: Int, _ b: Int) -> Int {
        switch self {
        case .cyclic(let m): (a + b) % m
        case .field(let field): field.add(a, b)
        }
    }
}
