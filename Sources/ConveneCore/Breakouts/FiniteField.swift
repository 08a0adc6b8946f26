/// Arithmetic in GF(p^k), elements numbered `0..<order` by their base-p digits, for the affine constructions.
struct FiniteField {
    let order: Int
    let characteristic: Int
    private let degree: Int
    private let exp: [Int]
    private let log: [Int]

    /// The field of `order` elements, or nil when `order` is not a prime power (or is too large to tabulate).
    init?(order: Int) {
        guard order >= 2, order <= 4096, let (p, k) = FiniteField.primePower(order) else { return nil }
        guard let table = FiniteField.powersOfPrimitive(p: p, degree: k) else { return nil }
        self.order = order
        characteristic = p
        degree = k
        exp = table
        var log = Array(repeating: 0, count: order)
        for (power, element) in table.enumerated() where power < order - 1 {
            log[element] = power
        }
        self.log = log
    }

    func add(_ a: Int, _ b: Int) -> Int { combine(a, b, sign: 1) }

    /// The primitive element raised to `exponent` (any integer): every nonzero element is one such power.
    func power(_ exponent: Int) -> Int {
        let cycle = order - 1
        return exp[((exponent % cycle) + cycle) % cycle]
    }

    /// The exponent e in `0..<order - 1` with `power(e) == element`; 0 for the zero element, which has none.
    func logarithm(_ element: Int) -> Int { element > 0 && element < order ? log[element] : 0 }

    func subtract(_ a: Int, _ b: Int) -> Int { combine(a, b, sign: -1) }

    func multiply(_ a: Int, _ b: Int) -> Int {
        guard a != 0, b != 0 else { return 0 }
        return exp[(log[a] + log[b]) % (order - 1)]
    }

    /// Digit-by-digit sum or difference modulo the characteristic.
    private func combine(_ a: Int, _ b: Int, sign: Int) -> Int {
        var result = 0, place = 1, x = a, y = b
        for _ in 0..<degree {
            let digit = ((x % characteristic + sign * (y % characteristic)) % characteristic + characteristic) % characteristic
            result += digit * place
            place *= characteristic
            x /= characteristic
            y /= characteristic
        }
        return result
    }

    /// `(p, k)` with `p^k == n`, or nil.
    static func primePower(_ n: Int) -> (Int, Int)? {
        guard n >= 2 else { return nil }
        var p = 2
        while p * p <= n, n % p != 0 { p += 1 }
        if n % p != 0 { p = n }
        var rest = n, k = 0
        while rest % p == 0 {
            rest /= p
            k += 1
        }
        return rest == 1 ? (p, k) : nil
    }

    /// Successive powers of x modulo the first primitive polynomial of this degree, as digit numbers.
    private static func powersOfPrimitive(p: Int, degree: Int) -> [Int]? {
        let order = (0..<degree).reduce(1) { power, _ in power * p }
        if degree == 1 {
            for g in 1..<p {
                var seen = Set<Int>(), value = 1
                var powers: [Int] = []
                for _ in 0..<(p - 1) {
                    powers.append(value)
                    seen.insert(value)
                    value = value * g % p
                }
                if seen.count == p - 1 { return powers }
            }
            return nil
        }
        for tail in 0..<order {
            var coefficients: [Int] = []
            var rest = tail
            for _ in 0..<degree {
                coefficients.append(rest % p)
                rest /= p
            }
            guard coefficients[0] != 0 else { continue }
            var current = Array(repeating: 0, count: degree)
            current[0] = 1
            var powers: [Int] = []
            var primitive = true
            for step in 0..<(order - 1) {
                let number = current.reversed().reduce(0) { $0 * p + $1 }
                if step > 0, number == 1 {
                    primitive = false
                    break
                }
                powers.append(number)
                let top = current[degree - 1]
                for i in stride(from: degree - 1, to: 0, by: -1) {
                    current[i] = ((current[i - 1] - top * coefficients[i]) % p + p) % p
                }
                current[0] = ((-top * coefficients[0]) % p + p) % p
            }
            if primitive { return powers }
        }
        return nil
    }
}
