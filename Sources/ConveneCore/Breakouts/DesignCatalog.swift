/// Repeat-free designs known by their base rounds: each family with where it comes from.
///
/// The families are known (sources below); the base rounds themselves were found for convene by a
/// search over rounds with the symmetry named (the search is not shipped), and
/// `ConstructionTests` develops every entry and checks that each round seats everyone once and no
/// pair meets twice. Points are numbered as `DevelopedDesign` describes.
enum DesignCatalog {
    /// The designs for `people` in groups of `size`.
    static func designs(people: Int, size: Int) -> [DevelopedDesign] {
        all.filter { $0.people == people && $0.groupSize == size }
    }

    static let all: [DevelopedDesign] = golfers + kirkman + nearlyKirkman + foursomes + fives

    /// 32 people in foursomes for 10 rounds, the social golfer problem's 8-4-10, first solved by
    /// A. Aguado (2004). Equivalently a resolvable 4-GDD of type 2^16: everyone misses exactly one
    /// person. Symmetry: Z5 on six levels, two fixed points, two base rounds.
    static let golfers: [DevelopedDesign] = [
        DevelopedDesign(group: .cyclic(5), levels: 6, fixed: 2, baseRounds: [
            [[18, 21, 23, 25], [7, 12, 13, 20], [4, 9, 16, 17], [2, 8, 22, 31], [1, 3, 11, 26], [0, 14, 15, 24],
             [5, 6, 27, 29], [10, 19, 28, 30]],
            [[5, 7, 14, 16], [10, 15, 26, 31], [11, 13, 22, 25], [4, 6, 21, 30], [3, 17, 19, 27], [8, 18, 20, 24],
             [2, 23, 28, 29], [0, 1, 9, 12]],
        ]),
    ]

    /// A Kirkman triple system of order 33 (Ray-Chaudhuri and Wilson, 1971, show one exists for
    /// every order 3 mod 6), 1-rotational: points Z32 and ∞, one base round that adding 16 maps to
    /// itself, holding {∞, 0, 16}. The other orders up to 60 come from `KirkmanConstruction` and
    /// the transversal product (45 = 3 × 15).
    static let kirkman: [DevelopedDesign] = [
        DevelopedDesign(group: .cyclic(32), levels: 1, fixed: 1, period: 16, baseRounds: [
            [[0, 16, 32], [8, 10, 13], [24, 26, 29], [7, 11, 20], [4, 23, 27], [2, 3, 14], [18, 19, 30],
             [1, 9, 15], [17, 25, 31], [5, 12, 22], [6, 21, 28]],
        ]),
    ]

    /// Nearly Kirkman triple systems, v ≡ 0 mod 6 and v ≥ 18 (Kotzig and Rosa, 1974; Baker and
    /// Wilson, 1977): (v − 2)/2 rounds of triples, everyone missing exactly one person. Symmetry:
    /// Z_{(v−2)/2} on two levels with two fixed points, one base round; for 18, Z4 on four levels
    /// with two base rounds.
    static let nearlyKirkman: [DevelopedDesign] = [
        DevelopedDesign(group: .cyclic(4), levels: 4, fixed: 2, baseRounds: [
            [[7, 12, 13], [0, 14, 16], [2, 10, 15], [6, 8, 11], [1, 4, 17], [3, 5, 9]],
            [[0, 11, 15], [4, 5, 12], [8, 14, 17], [6, 9, 16], [2, 3, 7], [1, 10, 13]],
        ]),
        DevelopedDesign(group: .cyclic(11), levels: 2, fixed: 2, baseRounds: [
            [[8, 14, 22], [1, 20, 23], [6, 10, 17], [4, 9, 13], [7, 19, 21], [0, 2, 3], [5, 15, 18], [11, 12, 16]],
        ]),
        DevelopedDesign(group: .cyclic(14), levels: 2, fixed: 2, baseRounds: [
            [[1, 22, 28], [6, 16, 29], [2, 3, 19], [0, 11, 25], [7, 9, 13], [4, 24, 26], [12, 17, 27],
             [8, 20, 21], [5, 10, 14], [15, 18, 23]],
        ]),
        DevelopedDesign(group: .cyclic(17), levels: 2, fixed: 2, baseRounds: [
            [[16, 20, 34], [2, 28, 35], [4, 27, 31], [17, 19, 29], [13, 18, 24], [14, 32, 33], [1, 21, 30],
             [10, 23, 26], [0, 11, 25], [5, 15, 22], [6, 8, 9], [3, 7, 12]],
        ]),
        DevelopedDesign(group: .cyclic(20), levels: 2, fixed: 2, baseRounds: [
            [[17, 21, 37], [1, 26, 33], [7, 20, 34], [8, 31, 39], [19, 35, 36], [23, 25, 28], [0, 29, 38],
             [5, 12, 27], [10, 14, 24], [2, 30, 40], [6, 15, 18], [11, 13, 32], [16, 22, 41], [3, 4, 9]],
        ]),
        DevelopedDesign(group: .cyclic(23), levels: 2, fixed: 2, baseRounds: [
            [[0, 29, 46], [18, 39, 47], [3, 8, 35], [7, 9, 33], [22, 24, 27], [10, 19, 41], [2, 6, 44],
             [13, 16, 26], [1, 38, 42], [12, 20, 32], [14, 15, 31], [4, 11, 21], [5, 17, 28], [30, 40, 45],
             [23, 25, 34], [36, 37, 43]],
        ]),
        DevelopedDesign(group: .cyclic(26), levels: 2, fixed: 2, baseRounds: [
            [[22, 35, 52], [10, 32, 53], [1, 34, 46], [31, 38, 40], [16, 25, 30], [19, 23, 51], [18, 41, 45],
             [0, 7, 36], [5, 42, 48], [8, 33, 43], [2, 28, 49], [3, 17, 37], [11, 26, 27], [29, 44, 47],
             [15, 21, 39], [13, 14, 24], [4, 6, 9], [12, 20, 50]],
        ]),
        DevelopedDesign(group: .cyclic(29), levels: 2, fixed: 2, baseRounds: [
            [[9, 39, 58], [14, 41, 59], [4, 36, 57], [5, 13, 52], [12, 17, 19], [3, 47, 49], [16, 35, 42],
             [0, 31, 45], [34, 50, 54], [10, 46, 51], [37, 38, 56], [22, 28, 33], [24, 30, 53], [23, 32, 44],
             [6, 29, 55], [11, 26, 48], [8, 21, 25], [1, 2, 20], [7, 27, 40], [15, 18, 43]],
        ]),
    ]

    /// Groups of four. Resolvable (v, 4, 1) designs for v ≡ 4 mod 12 (Hanani, Ray-Chaudhuri and
    /// Wilson, 1972): 28 over Z9 on three levels with ∞; 40 and 52 1-rotational over Z39 and Z51
    /// with ∞, the base round fixed by adding 13 or 17 (16 and 64 are affine). And 24, 36 and 48
    /// people for (v − 3)/3 rounds, the most counting allows, everyone missing two people: over
    /// Z_{(v−3)/3} on three levels with three fixed points.
    static let foursomes: [DevelopedDesign] = [
        DevelopedDesign(group: .cyclic(9), levels: 3, fixed: 1, baseRounds: [
            [[3, 17, 24, 27], [0, 6, 12, 13], [2, 4, 18, 21], [1, 5, 23, 25], [7, 8, 9, 16], [11, 14, 22, 26],
             [10, 15, 19, 20]],
        ]),
        DevelopedDesign(group: .cyclic(39), levels: 1, fixed: 1, period: 13, baseRounds: [
            [[0, 13, 26, 39], [1, 5, 8, 25], [14, 18, 21, 38], [12, 27, 31, 34], [4, 6, 22, 33], [7, 17, 19, 35],
             [9, 20, 30, 32], [2, 10, 11, 16], [15, 23, 24, 29], [3, 28, 36, 37]],
        ]),
        DevelopedDesign(group: .cyclic(51), levels: 1, fixed: 1, period: 17, baseRounds: [
            [[0, 17, 34, 51], [3, 4, 11, 26], [20, 21, 28, 43], [9, 37, 38, 45], [5, 15, 36, 40], [2, 6, 22, 32],
             [19, 23, 39, 49], [1, 10, 13, 50], [16, 18, 27, 30], [33, 35, 44, 47], [7, 12, 25, 31],
             [24, 29, 42, 48], [8, 14, 41, 46]],
        ]),
        DevelopedDesign(group: .cyclic(7), levels: 3, fixed: 3, baseRounds: [
            [[4, 12, 16, 21], [0, 9, 17, 22], [2, 13, 15, 23], [1, 5, 6, 11], [3, 14, 18, 19], [7, 8, 10, 20]],
        ]),
        DevelopedDesign(group: .cyclic(11), levels: 3, fixed: 3, baseRounds: [
            [[9, 11, 20, 25], [1, 10, 30, 31], [2, 21, 27, 33], [7, 22, 24, 29], [0, 3, 4, 18], [5, 17, 28, 34],
             [14, 19, 23, 26], [8, 13, 32, 35], [6, 12, 15, 16]],
        ]),
        DevelopedDesign(group: .cyclic(15), levels: 3, fixed: 3, baseRounds: [
            [[10, 25, 32, 45], [7, 11, 13, 23], [1, 18, 41, 46], [6, 15, 26, 27], [12, 19, 35, 39],
             [4, 5, 37, 40], [9, 20, 22, 28], [0, 3, 8, 34], [14, 17, 43, 44], [24, 29, 33, 42], [2, 16, 30, 47],
             [21, 31, 36, 38]],
        ]),
    ]

    /// 30 people in fives for 6 rounds: Z6 on five levels, one base round.
    static let fives: [DevelopedDesign] = [
        DevelopedDesign(group: .cyclic(6), levels: 5, baseRounds: [
            [[5, 6, 12, 23, 29], [0, 1, 16, 26, 28], [10, 20, 22, 24, 25], [9, 11, 13, 14, 27],
             [3, 15, 17, 18, 19], [2, 4, 7, 8, 21]],
        ]),
    ]
}
