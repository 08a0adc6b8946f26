import ConveneCore
import Foundation

extension FacilitatorState {
    /// The round the groups screen shows.
    public func shownRound(now: Date) -> Int {
        guard let item = meeting.breakoutItem else { return 0 }
        let rounds = meeting.agenda.items[item].breakout?.rounds ?? 1
        return min(max(0, groupsPage.round ?? meeting.breakoutRound(item: item, now: now)), max(0, rounds - 1))
    }

    /// Keys of the breakout screen; nil for keys it leaves to the facilitator screen (q, ?, p, Esc...).
    mutating func updateGroups(key: Key, now: Date) -> [Effect]? {
        guard let item = meeting.breakoutItem, let plan = meeting.agenda.items[item].breakout else { return nil }
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
            let (planned, notice) = meeting.planningGroups(item: item, now: now, maxMoves: Self.liveMoves)
            self.notice = notice
            return planned.map { [.append([$0])] } ?? []
        case .character("L"):
            guard schedule != nil else { return needsPlan() }
            return [.append([GroupsRoundLocked(item: item, round: round, locked: !(schedule?.locked.contains(round) ?? false))])]
        case .character("="):
            guard schedule != nil else { return needsPlan() }
            return edit(meeting.editingGroups(item: item, from: round) { try $0.repeatingPreviousRound(into: round, roster: roster) })
        case .character("j"):
            guard schedule != nil else { return needsPlan() }
            return edit(meeting.seatingLateArrivals(item: item, round: round))
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
            return edit(meeting.editingGroups(item: item, from: round) { try $0.moving(name, inRound: round, toGroup: move.toGroup, roster: roster) })
        default:
            return []
        }
        groupsPage.moving = move
        return []
    }

    /// Shows an edit's notice and writes the rounds it changed.
    private mutating func edit(_ edit: (changed: [any EventPayload], notice: String?)) -> [Effect] {
        notice = edit.notice
        return edit.changed.isEmpty ? [] : [.append(edit.changed)]
    }

    private mutating func needsPlan() -> [Effect] {
        notice = "no groups yet: P plans them"
        return []
    }

    /// A bound on search work while the room waits: constructions are instant, and this keeps any search short.
    static let liveMoves = 150_000
}
