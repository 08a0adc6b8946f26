/// Kirkman triple systems from cyclotomy: groups of three in which everyone meets everyone exactly once.
///
/// Both families use a field of order q = 6t + 1 with primitive element g, whose sixth roots of
/// unity ω = g^t split the nonzero elements into t cosets g^i·⟨ω⟩ (i < t); a triple
/// {a, aω², aω⁴} then has as differences exactly the coset a(ω² − 1)·⟨ω⟩, so t such triples
/// cover every difference of one level once. (Ray-Chaudhuri and Wilson, 1971, for the method.)
enum KirkmanConstruction {
    /// The largest field tried: bigger rotations are planned by search.
    static let largestField = 200

    /// All (v − 1)/2 rounds for v = 3q people, q = 6t + 1 a prime power: 21, 39, 57, 75, …
    ///
    /// Points (x, level) for x in GF(q) and three levels. One base round, translated by every x,
    /// gives q rounds: the triple of zeros, for each i < t and level the triple g^i·{1, ω², ω⁴},
    /// and the transversal triples A_i = {(g^i, 0), (g^{i+2t}, 1), (g^{i+4t}, 2)} for i whose block
    /// ⌊i/t⌋ is odd. The other A_i, translated, are one round each: 3t more. The A_i together carry
    /// every difference between two levels once; the base round's triples on one level every
    /// difference within it.
    static func tripled(people: Int) -> DevelopedDesign? {
        guard people % 3 == 0, let field = field(order: people / 3) else { return nil }
        let q = field.order, t = (q - 1) / 6
        let point = { (x: Int, level: Int) in level * q + x }
        var base: [[Int]] = [[point(0, 0), point(0, 1), point(0, 2)]]
        for level in 0..<3 {
            for i in 0..<t {
                base.append([0, 2 * t, 4 * t].map { point(field.power(i + $0), level) })
            }
        }
        var orbits: [[Int]] = []
        for i in 0..<(6 * t) {
            let block = [point(field.power(i), 0), point(field.power(i + 2 * t), 1), point(field.power(i + 4 * t), 2)]
            if (i / t) % 2 == 1 { base.append(block) } else { orbits.append(block) }
        }
        return DevelopedDesign(group: .field(field), levels: 3, baseRounds: [base], orbitBlocks: orbits)
    }

    /// All (v − 1)/2 rounds for v = 2q + 1 people, q = 6t + 1 a prime power: 15, 27, 39, 51, 63, …
    ///
    /// Points (x, level) for two levels and one fixed point ∞; one base round translated by every x
    /// gives the q rounds. It holds {∞, (0, 0), (0, 1)} and, for each coset i, four triples on the
    /// twelve points g^i·⟨ω⟩ of both levels: the level-0 triple g^i·ω^s·{1, ω², ω⁴}, and three
    /// triples ω^{2k}·{(g^i ω^{1−s}, 0), (g^i ω^a, 1), (g^i ω^b, 1)} with a even and b odd. The
    /// level-0 triples cover that level's differences once. Coset i's level-1 differences are the
    /// coset g^i(ω^b − ω^a)·⟨ω⟩, and its differences between levels two cosets of ⟨ω²⟩; (s, a, b)
    /// is chosen per coset, by a short backtracking search, so that all t cosets of ⟨ω⟩ and all 2t
    /// of ⟨ω²⟩ are met exactly once.
    static func doubledPlusOne(people: Int) -> DevelopedDesign? {
        guard people % 2 == 1, let field = field(order: (people - 1) / 2) else { return nil }
        let q = field.order, t = (q - 1) / 6
        let omega = { (j: Int) in field.power(t * j) }
        var options: [(s: Int, a: Int, b: Int, between: (Int, Int), within: Int)] = []
        for s in 0...1 {
            for a in stride(from: 0, to: 6, by: 2) {
                for b in stride(from: 1, to: 6, by: 2) {
                    let toA = field.subtract(omega(a), omega(1 - s)), toB = field.subtract(omega(b), omega(1 - s))
                    guard toA != 0, toB != 0 else { continue }
                    options.append((s, a, b, (field.logarithm(toA), field.logarithm(toB)),
                                    field.logarithm(field.subtract(omega(b), omega(a)))))
                }
            }
        }
        var chosen: [Int] = []
        var between = Array(repeating: false, count: 2 * t), within = Array(repeating: false, count: t)
        func place(_ i: Int) -> Bool {
            guard i < t else { return true }
            for (index, option) in options.enumerated() {
                let r1 = (i + option.between.0) % (2 * t), r2 = (i + option.between.1) % (2 * t)
                let r = (i + option.within) % t
                guard r1 != r2, !between[r1], !between[r2], !within[r] else { continue }
                (between[r1], between[r2], within[r]) = (true, true, true)
                chosen.append(index)
                if place(i + 1) { return true }
                chosen.removeLast()
                (between[r1], between[r2], within[r]) = (false, false, false)
            }
            return false
        }
        guard place(0) else { return nil }
        let infinity = 2 * q
        var base: [[Int]] = [[infinity, 0, q]]
        for (i, index) in chosen.enumerated() {
            let (s, a, b, _, _) = options[index]
            base.append([0, 2, 4].map { field.power(i + t * (s + $0)) })
            for k in 0..<3 {
                base.append([field.power(i + t * (1 - s + 2 * k)), q + field.power(i + t * (a + 2 * k)),
                             q + field.power(i + t * (b + 2 * k))])
            }
        }
        return DevelopedDesign(group: .field(field), levels: 2, fixed: 1, baseRounds: [base])
    }

    /// GF(order) when order is a prime power of the form 6t + 1 within reach.
    private static func field(order: Int) -> FiniteField? {
        guard order >= 7, order <= largestField, order % 6 == 1 else { return nil }
        return FiniteField(order: order)
    }
}
