import Foundation

/// What the racing searches share: each one's outcome, and the fewest swaps any took to reach the target.
final class SearchRace: @unchecked Sendable {
    private let lock = NSLock()
    private var outcomes: [PlannerSearch.Outcome?]
    private var leader: (moves: Int, index: Int)?

    init(_ searchers: Int) { outcomes = Array(repeating: nil, count: searchers) }

    func record(_ index: Int, _ outcome: PlannerSearch.Outcome) {
        lock.lock()
        defer { lock.unlock() }
        outcomes[index] = outcome
        if let moves = outcome.reachedAt, leader.map({ (moves, index) < ($0.moves, $0.index) }) ?? true {
            leader = (moves, index)
        }
    }

    /// Whether search `index`, having made `moves` swaps, can no longer beat the leader.
    func isBeaten(_ index: Int, atMoves moves: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard let leader, leader.index != index else { return false }
        return (moves, index) > (leader.moves, leader.index)
    }

    /// The leader's outcome, else the best score, ties to the lower number.
    func winner() -> PlannerSearch.Outcome? {
        lock.lock()
        defer { lock.unlock() }
        if let leader { return outcomes[leader.index] }
        var best: PlannerSearch.Outcome?
        for case let outcome? in outcomes where best.map({ outcome.score < $0.score }) ?? true { best = outcome }
        return best
    }
}
