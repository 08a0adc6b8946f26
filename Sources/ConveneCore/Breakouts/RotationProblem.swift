/// A rotation request checked and turned into numbers: people, sizes, constraints and what they met.
struct RotationProblem {
    let names: [String]
    let index: [String: Int]
    let sizes: [Int]
    let plannedRounds: Int
    let locked: [[[String]]]
    let traits: [UInt8]
    let forbidden: [(Int, Int)]
    /// How many of `forbidden`, from the front, are not-with wishes; the rest keep hosts of different groups apart.
    let askedApart: Int
    /// The group each host stays in (by person), for people who host exactly one group that the rounds have.
    let hostGroup: [Int: Int]
    /// Hosts of one group, in pairs, who must sit together every planned round (unless one asked not to).
    let together: [(Int, Int)]
    /// Whether each person has a not-with partner here today.
    let constrained: [Bool]
    /// How often each pair met before the planned rounds (earlier meetings and locked rounds), `u * n + v`.
    let baseCounts: [Int32]
    let seed: UInt64

    static let maxRounds = 100

    init(_ request: RotationRequest) throws {
        var index: [String: Int] = [:]
        for (i, person) in request.people.enumerated() {
            guard !person.name.isEmpty else { throw RotationError("person \(i + 1) has no name") }
            guard index[person.name] == nil else { throw RotationError("\(person.name) is listed twice") }
            index[person.name] = i
        }
        guard request.rounds >= 1 else { throw RotationError("a rotation needs at least 1 round") }
        guard request.rounds <= RotationProblem.maxRounds else {
            throw RotationError("\(request.rounds) rounds is more than the \(RotationProblem.maxRounds) a rotation can plan")
        }
        guard request.lockedRounds.count <= request.rounds else {
            throw RotationError("\(request.lockedRounds.count) rounds were already played, more than the \(request.rounds) planned")
        }
        for (r, round) in request.lockedRounds.enumerated() {
            var seen = Set<String>()
            for name in round.joined() where !seen.insert(name).inserted {
                throw RotationError("round \(r + 1) lists \(name) twice")
            }
        }
        let n = request.people.count
        sizes = try GroupSizes.sizes(people: n, sizing: request.sizing)
        names = request.people.map(\.name)
        self.index = index
        plannedRounds = request.rounds - request.lockedRounds.count
        locked = request.lockedRounds
        seed = request.seed
        traits = request.people.map { person in
            (person.has(tag: "facilitator") ? SwapSearch.Trait.facilitator : 0)
                | (person.has(tag: "new") ? SwapSearch.Trait.new : 0)
                | (person.has(tag: "member") ? SwapSearch.Trait.member : 0)
        }
        var forbiddenSet = Set<NamePair>()
        for person in request.people {
            for other in person.notWith where other != person.name && index[other] != nil {
                forbiddenSet.insert(NamePair(person.name, other))
            }
        }
        let hosts = Self.hostGroups(request.hosts, index: index, groups: sizes.count)
        hostGroup = hosts
        var hostPairs = Set<NamePair>(), together: [(Int, Int)] = []
        for (a, g) in hosts {
            for (b, h) in hosts where a < b {
                let pair = NamePair(request.people[a].name, request.people[b].name)
                if g != h { hostPairs.insert(pair) } else if !forbiddenSet.contains(pair) { together.append((a, b)) }
            }
        }
        self.together = together.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        var forbidden: [(Int, Int)] = []
        var constrained = Array(repeating: false, count: n)
        let byName = { (pair: NamePair, other: NamePair) in (pair.first, pair.second) < (other.first, other.second) }
        for pair in forbiddenSet.sorted(by: byName) + hostPairs.subtracting(forbiddenSet).sorted(by: byName) {
            if let a = index[pair.first], let b = index[pair.second] {
                forbidden.append((a, b))
                constrained[a] = true
                constrained[b] = true
            }
        }
        askedApart = forbiddenSet.count
        self.forbidden = forbidden
        self.constrained = constrained
        var counts = [Int32](repeating: 0, count: n * n)
        for pair in Set(request.metBefore) {
            if let a = index[pair.first], let b = index[pair.second], a != b {
                counts[a * n + b] += 1
                counts[b * n + a] += 1
            }
        }
        for round in request.lockedRounds {
            for group in round {
                let members = group.compactMap { index[$0] }
                for (i, a) in members.enumerated() {
                    for b in members[(i + 1)...] {
                        counts[a * n + b] += 1
                        counts[b * n + a] += 1
                    }
                }
            }
        }
        baseCounts = counts
    }

    /// Hosts by person, for groups the rounds have; someone named for two groups hosts neither, as they cannot sit in both.
    private static func hostGroups(_ hosts: [[String]], index: [String: Int], groups: Int) -> [Int: Int] {
        var group: [Int: Int] = [:], twice = Set<Int>()
        for (g, names) in hosts.prefix(groups).enumerated() {
            for name in names {
                guard let person = index[name] else { continue }
                if let other = group[person], other != g { twice.insert(person) }
                group[person] = g
            }
        }
        return group.filter { !twice.contains($0.key) }
    }

    var people: Int { names.count }
    var groups: Int { sizes.count }
    var hasEqualGroups: Bool { sizes.min() == sizes.max() }
    var hasTraits: Bool { traits.contains { $0 != 0 } }
    var hasHistory: Bool { baseCounts.contains { $0 != 0 } }

    /// The plain pair model for these people, with room for every count the planned rounds can reach.
    func model() -> PairModel {
        PairModel.plain(people: people, forbidden: forbidden, together: together, maxCount: countCeiling)
    }

    /// The most times a pair can have met once every planned round is played.
    var countCeiling: Int { Int(baseCounts.max() ?? 0) + plannedRounds }

    /// The best score the planned rounds could possibly reach; the search stops when it gets there.
    func target() -> SearchScore { target(after: baseCounts, rounds: plannedRounds) }

    /// The best score `rounds` more rounds could reach when pairs have already met `counts` times.
    func target(after counts: [Int32], rounds: Int) -> SearchScore {
        let n = people
        var result = SearchScore()
        var forbiddenPair = [Bool](repeating: false, count: n * n)
        for (a, b) in forbidden {
            forbiddenPair[a * n + b] = true
            forbiddenPair[b * n + a] = true
            result.hard += Int(counts[a * n + b])
        }
        var partners = Array(repeating: 0, count: n)
        for u in 0..<n {
            for v in 0..<n where v != u {
                let met = Int(counts[u * n + v])
                if met == 0, !forbiddenPair[u * n + v] { partners[u] += 1 }
                if v > u, met > 1 {
                    result.repeats += met - 1
                    result.spread += (met - 1) * (met - 1)
                }
            }
        }
        // Hosts of one group meet in every round: their repeats, and their squares, are certain; what they cost as
        // hard is the model's constant for the meetings a pair could have and they cannot.
        var hosted = (repeats: 0, spread: 0)
        for (a, b) in together {
            let met = Int(counts[a * n + b])
            let before = max(0, met - 1), after = max(0, met + rounds - 1)
            hosted.repeats += after - before
            hosted.spread += after * after - before * before
            result.hard += max(0, countCeiling - met - rounds)
        }
        let fresh = max(RotationLowerBound.pigeonhole(sizes: sizes, rounds: rounds),
                        RotationLowerBound.perPerson(start: Array(repeating: 0, count: n), partners: partners,
                                                     rounds: Array(repeating: sizes, count: rounds)))
        // Repeats beyond the hosts' each add at least 1 to the spread.
        result.repeats += max(fresh, hosted.repeats)
        result.spread += hosted.spread + max(0, fresh - hosted.repeats)
        return result
    }

    /// The bound reported with the rotation: repeats within it, locked rounds and people who left included.
    func reportedLowerBound() -> Int {
        var everyone = Set(names)
        for round in locked { everyone.formUnion(round.joined()) }
        var meetings: [String: Int] = [:]
        for round in locked {
            for group in round {
                for name in group { meetings[name, default: 0] += group.count - 1 }
            }
        }
        let cap = everyone.count - 1
        let departed = everyone.subtracting(names).reduce(0) { $0 + max(0, (meetings[$1] ?? 0) - cap) }
        let present = RotationLowerBound.excess(start: names.map { meetings[$0] ?? 0 },
                                                partners: Array(repeating: cap, count: people),
                                                rounds: Array(repeating: sizes, count: plannedRounds))
        let played = PairTally(locked)
        let hosted = together.reduce(0) { $0 + max(0, played.count(names[$1.0], names[$1.1]) + plannedRounds - 1) }
        return max((departed + present + 1) / 2, RotationLowerBound.pigeonhole(sizes: sizes, rounds: plannedRounds), hosted)
    }
}
