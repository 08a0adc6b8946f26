@testable import ConveneCore
import Testing

/// The search keeps a small elite of distinct schedules it can restart from.
@Suite struct TabuSearchTests {
    @Test func theEliteHoldsDistinctSchedulesNoBetterThanTheBest() {
        let groups = 4, size = 3, rounds = 6, people = groups * size
        var random = SeededRandom(seed: 4)
        let start = (0..<rounds).map { _ in
            var order = Array(0..<people)
            random.shuffle(&order)
            return (0..<groups).map { g in Array(order[g * size..<(g + 1) * size]) }
        }
        let state = SwapSearch(model: .plain(people: people, forbidden: [], maxCount: rounds), sizes: Array(repeating: size, count: groups),
                               start: start, initialCounts: Array(repeating: 0, count: people * people),
                               traits: Array(repeating: 0, count: people))
        var search = TabuSearch(state, seed: 1)
        search.run(target: SearchScore(), maxMoves: 4_000) { _ in false }
        #expect(search.elite.count >= 2)
        #expect(search.elite.count <= TabuSearch.eliteSize)
        for (i, kept) in search.elite.enumerated() {
            #expect(!(search.bestScore > kept.score))
            #expect(!search.elite[..<i].contains { $0.seats == kept.seats })
        }
    }
}
