@testable import ConveneCore
import Testing

/// Swaps priced from the gain tables agree with the score recounted from scratch.
@Suite struct GainTableTests {
    @Test(arguments: [(4, 5, 6), (3, 4, 9), (6, 3, 4)])
    func tabledSwapPricesMatchTheRecountedScore(groups: Int, size: Int, rounds: Int) {
        let people = groups * size
        var random = SeededRandom(seed: UInt64(people * rounds))
        let traits: [UInt8] = (0..<people).map { [0, 0, SwapSearch.Trait.facilitator, SwapSearch.Trait.new, SwapSearch.Trait.member][$0 % 5] }
        let model = PairModel.plain(people: people, forbidden: [(0, 1), (2, 7)], maxCount: rounds + 1)
        let start = (0..<rounds).map { _ in
            var order = Array(0..<people)
            random.shuffle(&order)
            return (0..<groups).map { g in Array(order[g * size..<(g + 1) * size]) }
        }
        var state = SwapSearch(model: model, sizes: Array(repeating: size, count: groups), start: start,
                               initialCounts: Array(repeating: 0, count: people * people), traits: traits)
        #expect(state.hasGains)
        for _ in 0..<300 {
            let r = random.below(rounds), a = random.below(people), b = random.below(people)
            guard state.groupOfSeat[a] != state.groupOfSeat[b] else { continue }
            let before = weighted(state.score)
            let delta = state.swapDelta(round: r, a, b)
            state.swap(round: r, a, b)
            #expect(state.score == state.fullScore())
            #expect(weighted(state.score) - before == delta)
        }
        var fresh = state
        fresh.rebuildGains()
        #expect(fresh.join == state.join)
        #expect(fresh.leave == state.leave)
    }

    private func weighted(_ score: SearchScore) -> Int64 {
        Int64(score.hard) * SearchScore.hardWeight + Int64(score.facilitation) * SearchScore.facilitationWeight
            + Int64(score.balance) * SearchScore.balanceWeight + Int64(score.repeats) * SearchScore.repeatWeight + Int64(score.spread)
    }
}
