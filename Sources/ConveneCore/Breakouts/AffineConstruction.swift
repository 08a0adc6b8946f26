/// Rounds from finite-field geometry in which no pair ever meets twice, found instantly.
///
/// People are a grid of `size` rows by `groups` columns over the ring R = GF(q1) × GF(q2) × …
/// (the prime-power factors of `groups`). In the round with slope m, group j holds the person in
/// each row i at column j + m·i, so two people in different rows meet in exactly one round: this is
/// a resolvable transversal design, which exists whenever `size` is at most the smallest factor q.
/// People in one row never meet; `ExactRounds` seats each row by a smaller design to add rounds,
/// which with `size == groups == q` makes the affine plane AG(2, q) and its q + 1 rounds.
enum AffineConstruction {
    /// Up to `wanted` of the `groups` slope rounds; person `row * groups + column`. Empty when the
    /// ring has a factor smaller than `size`.
    static func rounds(groups: Int, size: Int, wanted: Int) -> [[[Int]]] {
        guard wanted >= 1, groups >= 2, size >= 1, let ring = ProductRing(order: groups), ring.smallestFactor >= size else {
            return []
        }
        var result: [[[Int]]] = []
        for slope in 0..<min(groups, wanted) {
            var round: [[Int]] = Array(repeating: [], count: groups)
            for row in 0..<size {
                let step = ring.multiply(slope, ring.diagonal(row))
                for column in 0..<groups {
                    round[ring.subtract(column, step)].append(row * groups + column)
                }
            }
            result.append(round)
        }
        return result
    }
}

/// The product of finite fields of a number's prime-power factors, elements in mixed radix.
struct ProductRing {
    private let fields: [FiniteField]

    init?(order: Int) {
        var rest = order, fields: [FiniteField] = []
        var p = 2
        while rest > 1 {
            if p * p > rest { p = rest }
            if rest % p == 0 {
                var power = 1
                while rest % p == 0 {
                    rest /= p
                    power *= p
                }
                guard let field = FiniteField(order: power) else { return nil }
                fields.append(field)
            }
            p += 1
        }
        guard !fields.isEmpty else { return nil }
        self.fields = fields
    }

    var smallestFactor: Int { fields.map(\.order).min() ?? 1 }

    /// The element whose every component is `value`, so two different ones differ by a unit.
    func diagonal(_ value: Int) -> Int { compose(fields.map { _ in value }) }

    func multiply(_ a: Int, _ b: Int) -> Int {
        compose(zip(fields, zip(split(a), split(b))).map { $0.multiply($1.0, $1.1) })
    }

    func subtract(_ a: Int, _ b: Int) -> Int {
        compose(zip(fields, zip(split(a), split(b))).map { $0.subtract($1.0, $1.1) })
    }

    private func split(_ value: Int) -> [Int] {
        var rest = value
        return fields.map { field in
            defer { rest /= field.order }
            return rest % field.order
        }
    }

    private func compose(_ digits: [Int]) -> Int {
        zip(fields, digits).reversed().reduce(0) { $0 * $1.0.order + $1.1 }
    }
}
