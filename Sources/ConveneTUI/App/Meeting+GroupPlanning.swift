import ConveneCore
import Foundation

/// Planning and editing breakout groups, the same from the `g` screen and plain mode.
extension Meeting {
    /// The breakout item groups are about: the current item if it has breakouts, else the next that does, else the last.
    public var breakoutItem: Int? {
        let items = agenda.items
        let current = timeline.current
        return items.indices.first { $0 >= current && items[$0].breakout != nil } ?? items.indices.last { items[$0].breakout != nil }
    }

    /// Plans the groups of `item`, or re-plans the rounds that have not started and are not locked; the event to
    /// write and a notice (a warning, what was re-planned, or why nothing could be).
    func planningGroups(item: Int, now: Date, maxMoves: Int) -> (planned: GroupsPlanned?, notice: String?) {
        guard let plan = agenda.items[item].breakout else { return (nil, "this item has no breakout groups") }
        do {
            guard let schedule = breakouts[item] else {
                var request = RotationRequest(people: breakoutPeople, sizing: plan.sizing, rounds: plan.rounds, seed: 1, maxMoves: maxMoves)
                request.hosts = groupHosts(item: item)
                let rotation = try RotationPlanner.plan(request)
                return (GroupsPlanned(item: item, rotation: rotation), rotation.warnings.first)
            }
            let started = item == timeline.current && timeline.runs[item].hasStarted ? breakoutRound(item: item, now: now) + 1 : 0
            let keep = max(started, (schedule.locked.max() ?? -1) + 1)
            guard keep < plan.rounds else { return (nil, "every round has started or is locked; nothing to re-plan") }
            let rotation = try RotationPlanner.replan(schedule.rotation, fromRound: keep, people: breakoutPeople, sizing: plan.sizing,
                                                      seed: schedule.rotation.seed + 1, maxMoves: maxMoves, hosts: groupHosts(item: item))
            return (GroupsPlanned(item: item, rotation: rotation),
                    "re-planned rounds \(keep + 1) to \(plan.rounds)" + (rotation.warnings.first.map { "; \($0)" } ?? ""))
        } catch {
            return (nil, String(describing: error))
        }
    }

    /// Who holds each group's roles in `item` (`group roles:`), group 1 first: they stay with their group every round.
    func groupHosts(item: Int) -> [[String]] {
        var hosts: [[String]] = []
        for (slot, holder) in roleHolders {
            guard case .group(item, let group) = slot.scope, group >= 1 else { continue }
            while hosts.count < group { hosts.append([]) }
            hosts[group - 1].append(holder)
        }
        return hosts.map { $0.sorted() }
    }

    /// The rounds from `round` on that `change` alters, as events, and its first warning or why it failed.
    func editingGroups(item: Int, from round: Int, _ change: (Rotation) throws -> Rotation) -> (changed: [any EventPayload], notice: String?) {
        guard let before = breakouts[item]?.rotation else { return ([], nil) }
        do {
            let after = try change(before)
            let changed: [any EventPayload] = after.rounds.indices
                .filter { $0 >= round && before.rounds.indices.contains($0) && after.rounds[$0] != before.rounds[$0] }
                .map { GroupsRoundChanged(item: item, round: $0, groups: after.rounds[$0]) }
            return (changed, after.warnings.first)
        } catch {
            return ([], String(describing: error))
        }
    }

    /// Late arrivals seated into `round` and the rounds after it: everyone here who has no group in it yet.
    func seatingLateArrivals(item: Int, round: Int) -> (changed: [any EventPayload], notice: String?) {
        guard let rotation = breakouts[item]?.rotation, rotation.rounds.indices.contains(round) else { return ([], nil) }
        let seated = Set(rotation.rounds[round].joined())
        let arrivals = breakoutPeople.filter { !seated.contains($0.name) }
        guard !arrivals.isEmpty else { return ([], "everyone here is already in a group in round \(round + 1)") }
        let roster = people
        return editingGroups(item: item, from: round) { rotation in
            try arrivals.reduce(rotation) { try $0.addingLateArrival($1, duringRound: round, roster: roster) }
        }
    }
}
