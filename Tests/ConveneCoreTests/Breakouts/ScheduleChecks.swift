@testable import ConveneCore

/// Independent checks of a schedule, recomputed from the groups alone.
enum ScheduleChecks {
    /// Every round seats each of `people` exactly once, in groups of at least 2 whose sizes differ by at most 1.
    static func isWellFormed<T: Hashable>(_ rounds: [[[T]]], people: [T]) -> Bool {
        rounds.allSatisfy { round in
            let seated = round.flatMap { $0 }
            let sizes = round.map(\.count)
            return seated.count == people.count && Set(seated) == Set(people)
                && (sizes.min() ?? 0) >= 2 && (sizes.max() ?? 0) - (sizes.min() ?? 0) <= 1
        }
    }

    /// How often each unordered pair meets.
    static func meetings<T: Hashable & Comparable>(_ rounds: [[[T]]]) -> [[T]: Int] {
        var met: [[T]: Int] = [:]
        for round in rounds {
            for group in round {
                for a in group {
                    for b in group where a < b { met[[a, b], default: 0] += 1 }
                }
            }
        }
        return met
    }

    static func repeats<T: Hashable & Comparable>(_ rounds: [[[T]]]) -> Int {
        meetings(rounds).values.reduce(0) { $0 + max(0, $1 - 1) }
    }

    static func names(_ count: Int) -> [String] { (1...count).map { "P\($0)" } }
}
