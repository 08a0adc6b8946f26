extension RotationPlanner {
    /// Plans again every round from `round` on (counting from 0), keeping the rounds before it as played,
    /// for the people here now; the rotation keeps its number of rounds.
    public static func replan(_ rotation: Rotation, fromRound round: Int, people: [Person], sizing: BreakoutPlan.Sizing,
                              seed: UInt64, metBefore: [NamePair] = [], maxMoves: Int = 2_000_000, hosts: [[String]] = [],
                              shouldStop: @Sendable () -> Bool = { false }) throws -> Rotation {
        guard round >= 0, round <= rotation.rounds.count else {
            throw RotationError("there is no round \(round + 1); the rotation has \(rotation.rounds.count) rounds")
        }
        var request = RotationRequest(people: people, sizing: sizing, rounds: rotation.rounds.count, seed: seed,
                                      metBefore: metBefore, lockedRounds: Array(rotation.rounds.prefix(round)), maxMoves: maxMoves)
        request.hosts = hosts
        return try plan(request, shouldStop: shouldStop)
    }
}
