import Foundation

/// Groups were planned for every round of a breakout item.
public struct GroupsPlanned: EventPayload, Equatable {
    public static let type = "groups.planned"
    public var item: Int
    public var rounds: [[[String]]]
    public var lowerBound: Int
    public var seed: UInt64

    public init(item: Int, rotation: Rotation) {
        self.item = item
        rounds = rotation.rounds
        lowerBound = rotation.lowerBound
        seed = rotation.seed
    }

    public func apply(to meeting: inout Meeting, at: Date, by: String) {
        guard meeting.agenda.items.indices.contains(item), rounds.count <= 100 else { return }
        let people = Array(Set(rounds.joined().joined())).sorted()
        var schedule = BreakoutSchedule(rotation: Rotation(people: people, rounds: rounds, lowerBound: lowerBound, seed: seed))
        schedule.locked = meeting.breakouts[item]?.locked ?? []
        meeting.breakouts[item] = schedule
    }
}

/// One round's groups changed during the meeting (a late arrival, someone leaving, a move, a repeat).
public struct GroupsRoundChanged: EventPayload, Equatable {
    public static let type = "groups.round.changed"
    public var item: Int
    public var round: Int
    public var groups: [[String]]

    public init(item: Int, round: Int, groups: [[String]]) {
        self.item = item
        self.round = round
        self.groups = groups
    }

    public func apply(to meeting: inout Meeting, at: Date, by: String) {
        guard var schedule = meeting.breakouts[item], schedule.rotation.rounds.indices.contains(round) else { return }
        var rounds = schedule.rotation.rounds
        rounds[round] = groups
        let people = Array(Set(rounds.joined().joined())).sorted()
        schedule.rotation = Rotation(people: people, rounds: rounds, lowerBound: schedule.rotation.lowerBound, seed: schedule.rotation.seed)
        meeting.breakouts[item] = schedule
    }
}

/// A round was locked (kept as it is when re-planning) or unlocked.
public struct GroupsRoundLocked: EventPayload, Equatable {
    public static let type = "groups.round.locked"
    public var item: Int
    public var round: Int
    public var locked: Bool

    public init(item: Int, round: Int, locked: Bool) {
        self.item = item
        self.round = round
        self.locked = locked
    }

    public func apply(to meeting: inout Meeting, at: Date, by: String) {
        guard meeting.breakouts[item] != nil, (0..<100).contains(round) else { return }
        if locked { meeting.breakouts[item]?.locked.insert(round) } else { meeting.breakouts[item]?.locked.remove(round) }
    }
}
