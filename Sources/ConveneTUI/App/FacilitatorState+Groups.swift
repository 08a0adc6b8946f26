import ConveneCore
import Foundation

extension FacilitatorState {
    /// The breakout item the groups screen is about: the current item if it has breakouts, else the next that does.
    public var breakoutItem: Int? {
        let items = meeting.agenda.items
        let current = meeting.timeline.current
        return items.indices.first { $0 >= current && items[$0].breakout != nil }
            ?? items.indices.last { items[$0].breakout != nil }
    }

    /// The round the groups screen shows.
    public func shownRound(now: Date) -> Int {
        guard let item = breakoutItem else { return 0 }
        let rounds = meeting.agenda.items[item].breakout?.rounds ?? 1
        return min(max(0, groupsPage.round ?? meeting.breakoutRound(item: item, now: now)), max(0, rounds - 1))
    }

    /// Keys of the breakout screen; nil for keys it leaves to the facilitator screen (q, ?, p, Esc...).
    mutating func updateGroups(key: Key, now: Date) -> [Effect]? {
        guard let item = breakoutItem, let plan = meeting.agenda.items[item].breakout else { return nil }
        let round = shownRound(now: now)
        let schedule = meeting.breakouts[item]
        let roster = meeting.people
        if let move = groupsPage.moving, let schedule {
            return updateMove(move, key: key, item: item, round: round, rotation: schedule.rotation)
        }
        switch key {
        case .left:
            groupsPage.round = max(0, round - 1)
        case .right:
            groupsPage.round = min(plan.rounds - 1, round + 1)
        case .up, .down:
            let count = schedule.flatMap { $0.rotation.rounds.indices.contains(round) ? $0.rotation.rounds[round].count : nil } ?? 0
            groupsPage.firstGroup = min(max(0, count - 1), max(0, groupsPage.firstGroup + (key == .up ? -1 : 1)))
        case .character("P"):
            return planGroups(item: item, sizing: plan.sizing, rounds: plan.rounds, schedule: schedule, now: now)
        case .character("L"):
            guard schedule != nil else { return needsPlan() }
            return [.append([GroupsRoundLocked(item: item, round: round, locked: !(schedule?.locked.contains(round) ?? false))])]
        case .character("="):
            guard let rotation = schedule?.rotation else { return needsPlan() }
            return edit(item: item, from: round) { try rotation.repeatingPreviousRound(into: round, roster: roster) }
        case .character("j"):
            guard let rotation = schedule?.rotation else { return needsPlan() }
            let seated = Set(rotation.rounds[round].joined())
            let arrivals = meeting.breakoutPeople.filter { !seated.contains($0.name) }
            guard !arrivals.isEmpty else {
                notice = "everyone here is already in a group in round \(round + 1)"
                return []
            }
            return edit(item: item, from: round) {
                try arrivals.reduce(rotation) { try $0.addingLateArrival($1, duringRound: round, roster: roster) }
            }
        case .character("m"):
            guard schedule != nil else { return needsPlan() }
            groupsPage.moving = GroupsPage.Move(person: 0, toGroup: 0)
        default:
            return nil
        }
        return []
    }

    private mutating func updateMove(_ move: GroupsPage.Move, key: Key, item: Int, round: Int, rotation: Rotation) -> [Effect] {
        let names = rotation.rounds[round].joined().map { $0 }
        let groupCount = rotation.rounds[round].count
        var move = move
        switch key {
        case .up: move.person = max(0, move.person - 1)
        case .down: move.person = min(max(0, names.count - 1), move.person + 1)
        case .left: move.toGroup = max(0, move.toGroup - 1)
        case .right: move.toGroup = min(max(0, groupCount - 1), move.toGroup + 1)
        case .escape:
            groupsPage.moving = nil
            return []
        case .enter:
            groupsPage.moving = nil
            guard names.indices.contains(move.person) else { return [] }
            let name = names[move.person]
            let roster = meeting.people
            return edit(item: item, from: round) { try rotation.moving(name, inRound: round, toGroup: move.toGroup, roster: roster) }
        default:
            return []
        }
        groupsPage.moving = move
        return []
    }

    private mutating func planGroups(item: Int, sizing: BreakoutPlan.Sizing, rounds: Int, schedule: BreakoutSchedule?, now: Date) -> [Effect] {
        let people = meeting.breakoutPeople
        do {
            guard let schedule else {
                let rotation = try RotationPlanner.plan(RotationRequest(people: people, sizing: sizing, rounds: rounds, seed: 1, maxMoves: Self.liveMoves))
                notice = rotation.warnings.first
                return [.append([GroupsPlanned(item: item, rotation: rotation)])]
            }
            let started = item == meeting.timeline.current && meeting.timeline.runs[item].hasStarted
                ? meeting.breakoutRound(item: item, now: now) + 1 : 0
            let keep = max(started, (schedule.locked.max() ?? -1) + 1)
            guard keep < rounds else {
                notice = "every round has started or is locked; nothing to re-plan"
                return []
            }
            let rotation = try RotationPlanner.replan(schedule.rotation, fromRound: keep, people: people, sizing: sizing,
                                                      seed: schedule.rotation.seed + 1, maxMoves: Self.liveMoves)
            notice = "re-planned rounds \(keep + 1) to \(rounds)" + (rotation.warnings.first.map { "; \($0)" } ?? "")
            return [.append([GroupsPlanned(item: item, rotation: rotation)])]
        } catch {
            notice = String(describing: error)
            return []
        }
    }

    /// Writes every round from `round` on that an edit changed.
    private mutating func edit(item: Int, from round: Int, _ change: () throws -> Rotation) -> [Effect] {
        guard let before = meeting.breakouts[item]?.rotation else { return [] }
        do {
            let after = try change()
            notice = after.warnings.first
            let changed: [any EventPayload] = after.rounds.indices.filter { $0 >= round && before.rounds.indices.contains($0) && after.rounds[$0] != before.rounds[$0] }
                .map { GroupsRoundChanged(item: item, round: $0, groups: after.rounds[$0]) }
            return changed.isEmpty ? [] : [.append(changed)]
        } catch {
            notice = String(describing: error)
            return []
        }
    }

    private mutating func needsPlan() -> [Effect] {
        notice = "no groups yet: P plans them"
        return []
    }

    /// A bound on search work while the room waits: constructions are instant, and this keeps any search short.
    static let liveMoves = 150_000
}
