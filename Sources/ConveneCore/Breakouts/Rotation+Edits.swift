/// Changes to a rotation during a meeting, as pure functions: each returns a new rotation with its
/// figures recomputed and says in `warnings` what it had to do. Rounds count from 0.
extension Rotation {
    /// Seats someone who arrived during `round` in that round and every later one, in the best group
    /// (see `GroupChoice`) without moving anyone; `RotationPlanner.replan` can then improve later rounds.
    public func addingLateArrival(_ newcomer: Person, duringRound round: Int, roster: [Person] = [],
                                  metBefore: [NamePair] = []) throws -> Rotation {
        try checkRound(round)
        guard !rounds[round].joined().contains(newcomer.name) else {
            throw RotationError("\(newcomer.name) is already in round \(round + 1)")
        }
        var changed = rounds
        for r in round..<changed.count where !changed[r].joined().contains(newcomer.name) {
            let choice = GroupChoice(roster: roster + [newcomer], rounds: changed, metBefore: metBefore)
            if let g = choice.best(for: newcomer.name, in: changed[r]) {
                changed[r][g].append(newcomer.name)
            } else {
                changed[r].append([newcomer.name])
            }
        }
        let everyone = people.contains(newcomer.name) ? people : people + [newcomer.name]
        return revised(people: everyone, rounds: changed, notes: [])
    }

    /// Takes someone who left out of `round` and every later one. Nobody else moves, except a person
    /// left alone in a group, who joins the best other group.
    public func removing(_ name: String, fromRound round: Int, roster: [Person] = [],
                         metBefore: [NamePair] = []) throws -> Rotation {
        try checkRound(round)
        guard rounds[round...].contains(where: { $0.joined().contains(name) }) else {
            throw RotationError("\(name) is not in round \(round + 1) or later")
        }
        var changed = rounds
        var notes: [String] = []
        for r in round..<changed.count {
            guard let g = changed[r].firstIndex(where: { $0.contains(name) }) else { continue }
            changed[r][g].removeAll { $0 == name }
            if changed[r][g].count == 1, changed[r].count > 1 {
                let alone = changed[r][g][0]
                let choice = GroupChoice(roster: roster, rounds: changed, metBefore: metBefore)
                if let target = choice.best(for: alone, in: changed[r], excluding: g) {
                    changed[r][target].append(alone)
                    changed[r][g] = []
                    notes.append("round \(r + 1): \(alone) joined another group after \(name) left")
                }
            }
            changed[r].removeAll { $0.isEmpty }
        }
        return revised(people: people.filter { $0 != name }, rounds: changed, notes: notes)
    }

    /// Moves one person to another group of `round`, as the facilitator asked.
    public func moving(_ name: String, inRound round: Int, toGroup group: Int, roster: [Person] = []) throws -> Rotation {
        try checkRound(round)
        guard let from = rounds[round].firstIndex(where: { $0.contains(name) }) else {
            throw RotationError("\(name) is not in round \(round + 1)")
        }
        guard rounds[round].indices.contains(group) else {
            throw RotationError("round \(round + 1) has groups 1 to \(rounds[round].count), not \(group + 1)")
        }
        guard from != group else { return self }
        var changed = rounds
        changed[round][from].removeAll { $0 == name }
        changed[round][group].append(name)
        var notes: [String] = []
        let choice = GroupChoice(roster: roster, rounds: [], metBefore: [])
        for other in changed[round][group] where other != name && choice.keepApart(name, other) {
            notes.append("round \(round + 1): \(name) and \(other) are now in the same group although one asked not to be")
        }
        if changed[round][from].count == 1 {
            notes.append("round \(round + 1): \(changed[round][from][0]) is now alone in group \(from + 1)")
        }
        changed[round].removeAll { $0.isEmpty }
        return revised(people: people, rounds: changed, notes: notes)
    }

    /// Makes `round` the same groups as the round before it, for the people here now: people who
    /// left are taken out (someone left alone joins another group) and newcomers join the best group.
    /// `round` may be one past the last round, to add a round.
    public func repeatingPreviousRound(into round: Int, roster: [Person] = [], metBefore: [NamePair] = []) throws -> Rotation {
        guard round >= 1, round <= rounds.count else {
            throw RotationError("round \(round + 1) has no round before it to repeat")
        }
        let present = Set(people)
        var copy = rounds[round - 1].map { $0.filter { present.contains($0) } }.filter { !$0.isEmpty }
        var notes: [String] = []
        let earlier = Array(rounds.prefix(round))
        while let lone = copy.firstIndex(where: { $0.count == 1 }), copy.count > 1 {
            let alone = copy[lone][0]
            let choice = GroupChoice(roster: roster, rounds: earlier, metBefore: metBefore)
            guard let target = choice.best(for: alone, in: copy, excluding: lone) else { break }
            copy[target].append(alone)
            copy.remove(at: lone)
            notes.append("round \(round + 1): \(alone) joined another group, their group from round \(round) having left")
        }
        let seated = Set(copy.joined())
        for name in people where !seated.contains(name) {
            let choice = GroupChoice(roster: roster, rounds: earlier + [copy], metBefore: metBefore)
            if let g = choice.best(for: name, in: copy) {
                copy[g].append(name)
            } else {
                copy.append([name])
            }
        }
        var changed = rounds
        if round == changed.count {
            changed.append(copy)
        } else {
            changed[round] = copy
        }
        return revised(people: people, rounds: changed, notes: notes)
    }

    private func checkRound(_ round: Int) throws {
        guard rounds.indices.contains(round) else {
            throw RotationError("there is no round \(round + 1); the rotation has \(rounds.count) rounds")
        }
    }

    private func revised(people: [String], rounds: [[[String]]], notes: [String]) -> Rotation {
        Rotation(people: people, rounds: rounds, lowerBound: RotationLowerBound.forRounds(rounds), seed: seed,
                 warnings: warnings + notes)
    }
}
