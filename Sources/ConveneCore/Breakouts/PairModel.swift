/// What each meeting of two people costs the search, and which counter records it.
///
/// Plain schedules give every pair its own counter (`u * people + v`, kept symmetric so lookups need
/// no ordering). Cyclic constructions give every orbit of pairs one counter: an orbit of `size`
/// pairs, each met `multiplicity` times per occurrence in the base round.
struct PairModel {
    let people: Int
    /// Counter of each ordered pair; empty when counters are the pairs themselves.
    let slots: [Int32]
    /// Kind of each counter; costs are tabulated per kind and count.
    let kinds: [UInt8]
    let stride: Int
    let weighted: [Int64]
    let repeatCost: [Int32]
    let hardCost: [Int32]
    let spreadCost: [Int32]

    var counters: Int { kinds.count }
    var mirrored: Bool { slots.isEmpty }

    @inline(__always)
    func counter(_ u: Int, _ v: Int) -> Int {
        slots.isEmpty ? u &* people &+ v : Int(slots[u &* people &+ v])
    }

    /// Pairs as counters, `forbidden` ones also costing a hard violation per meeting, and `together` ones one per
    /// meeting short of `maxCount` (a constant more than the rounds they sit apart, which moves no comparison).
    static func plain(people: Int, forbidden: [(Int, Int)], together: [(Int, Int)] = [], maxCount: Int) -> PairModel {
        var kinds = [UInt8](repeating: 0, count: people * people)
        for (kind, pairs) in [(UInt8(2), together), (1, forbidden)] {
            for (u, v) in pairs where u != v {
                kinds[u * people + v] = kind
                kinds[v * people + u] = kind
            }
        }
        let curves: [Curve] = [Curve(), Curve(hard: .perMeeting), Curve(hard: .perMeetingShort)]
        return PairModel(people: people, slots: [], kinds: kinds, curves: curves, maxCount: maxCount)
    }

    /// How the meetings of one kind of counter cost.
    private struct Curve {
        enum Hard { case none, perMeeting, perMeetingShort }
        var size = 1
        var multiplicity = 1
        var hard = Hard.none
    }

    /// Orbits as counters: `orbitOf` maps ordered pairs to orbit numbers, each with its size and multiplicity.
    static func orbits(people: Int, orbitOf: [Int32], sizes: [Int], multiplicities: [Int], maxCount: Int) -> PairModel {
        var curveIndex: [Int: Int] = [:]
        var curves: [Curve] = []
        var kinds: [UInt8] = []
        for (size, multiplicity) in zip(sizes, multiplicities) {
            let key = size * 1024 + multiplicity
            if curveIndex[key] == nil {
                curveIndex[key] = curves.count
                curves.append(Curve(size: size, multiplicity: multiplicity))
            }
            kinds.append(UInt8(truncatingIfNeeded: curveIndex[key] ?? 0))
        }
        return PairModel(people: people, slots: orbitOf, kinds: kinds, curves: curves, maxCount: maxCount)
    }

    private init(people: Int, slots: [Int32], kinds: [UInt8], curves: [Curve], maxCount: Int) {
        self.people = people
        self.slots = slots
        self.kinds = kinds
        stride = maxCount + 2
        var weighted: [Int64] = [], repeatCost: [Int32] = [], hardCost: [Int32] = [], spreadCost: [Int32] = []
        for curve in curves {
            for count in 0..<stride {
                let extra = max(0, count * curve.multiplicity - 1)
                let rep = curve.size * extra
                let spread = curve.size * extra * extra
                let hard: Int
                switch curve.hard {
                case .none: hard = 0
                case .perMeeting: hard = count
                case .perMeetingShort: hard = max(0, maxCount - count)
                }
                repeatCost.append(Int32(clamping: rep))
                spreadCost.append(Int32(clamping: spread))
                hardCost.append(Int32(hard))
                weighted.append(Int64(hard) * SearchScore.hardWeight + Int64(rep) * SearchScore.repeatWeight + Int64(spread))
            }
        }
        self.weighted = weighted
        self.repeatCost = repeatCost
        self.hardCost = hardCost
        self.spreadCost = spreadCost
    }
}
