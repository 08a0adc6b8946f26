import Foundation

/// The groups of one breakout item as the meeting decided them: every round, which rounds are locked.
public struct BreakoutSchedule: Equatable, Sendable {
    public var rotation: Rotation
    /// Rounds the facilitator locked: re-planning keeps them as they are.
    public var locked: Set<Int> = []

    public init(rotation: Rotation) { self.rotation = rotation }
}

extension Meeting {
    /// The round of a breakout item running at `now` (0-based), following the item's own timer.
    public func breakoutRound(item: Int, now: Date) -> Int {
        guard agenda.items.indices.contains(item), let plan = agenda.items[item].breakout else { return 0 }
        let perRound = max(1, plan.secondsPerRound(itemSeconds: agenda.items[item].seconds))
        return min(max(plan.rounds - 1, 0), Int(elapsed(item, now: now)) / perRound)
    }

    /// People taking part now: those marked present, or the whole roster when nobody is marked yet.
    public var breakoutPeople: [Person] {
        presentPeople.isEmpty ? people : presentPeople
    }
}
