/// Which group of a round someone should join when nobody else may be moved.
///
/// In order: no not-with partner in the group; the smallest group, so sizes stay within one; a group
/// without a facilitator if they facilitate; fewest people with their `new` or `member` tag; fewest
/// people they have met already (in this rotation or before); then the first such group.
struct GroupChoice {
    let roster: [String: Person]
    let tally: PairTally
    let metBefore: Set<NamePair>

    init(roster: [Person], rounds: [[[String]]], metBefore: [NamePair]) {
        var byName: [String: Person] = [:]
        for person in roster { byName[person.name] = person }
        self.roster = byName
        tally = PairTally(rounds)
        self.metBefore = Set(metBefore)
    }

    func person(_ name: String) -> Person { roster[name] ?? Person(name: name) }

    /// Whether the two may not share a group, by either one's not-with list.
    func keepApart(_ a: String, _ b: String) -> Bool {
        person(a).notWith.contains(b) || person(b).notWith.contains(a)
    }

    /// The index of the group in `round` that `name` should join; nil when the round has no groups.
    func best(for name: String, in round: [[String]], excluding skipped: Int? = nil) -> Int? {
        let newcomer = person(name)
        let key = { (group: [String]) -> [Int] in
            let clashes = group.filter { self.keepApart(name, $0) }.count
            let facilitated = newcomer.has(tag: "facilitator") && group.contains { self.person($0).has(tag: "facilitator") } ? 1 : 0
            let sameTags = ["new", "member"].filter { newcomer.has(tag: $0) }.reduce(0) { sum, tag in
                sum + group.filter { self.person($0).has(tag: tag) }.count
            }
            let met = group.filter { self.tally.count(name, $0) > 0 || self.metBefore.contains(NamePair(name, $0)) }.count
            return [clashes, group.count, facilitated, sameTags, met]
        }
        return round.indices.filter { $0 != skipped }.min { key(round[$0]).lexicographicallyPrecedes(key(round[$1])) }
    }
}
