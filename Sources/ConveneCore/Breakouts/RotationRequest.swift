/// Everything the planner needs to plan a breakout rotation; nothing about clocks.
public struct RotationRequest: Equatable, Sendable {
    /// Who is here, in roster order; their tags and not-with lists are honoured.
    public var people: [Person]
    public var sizing: BreakoutPlan.Sizing
    /// Rounds in the whole rotation, including the locked ones.
    public var rounds: Int
    public var seed: UInt64
    /// Pairs who met at earlier meetings: meeting again counts as a repeat for planning.
    public var metBefore: [NamePair]
    /// Rounds already played, kept exactly as they were; only the rounds after them are planned.
    /// They may name people who have left, and leave out people who came later.
    public var lockedRounds: [[[String]]]
    /// The most swaps the search makes, so a run without a time limit still ends and a seed
    /// always gives the same rotation.
    public var maxMoves: Int
    /// Searches run side by side, one per core the caller can spare: see `PlannerSearch`.
    public var searchers: Int
    /// Who holds a role in each group (`hosts[0]` in group 1, and so on): they stay with that group every planned
    /// round, as a table's host does, so a group's facilitator and note-taker sit in the group they serve.
    public var hosts: [[String]] = []

    public init(people: [Person], sizing: BreakoutPlan.Sizing, rounds: Int, seed: UInt64 = 1,
                metBefore: [NamePair] = [], lockedRounds: [[[String]]] = [], maxMoves: Int = 2_000_000, searchers: Int = 1) {
        self.people = people
        self.sizing = sizing
        self.rounds = rounds
        self.seed = seed
        self.metBefore = metBefore
        self.lockedRounds = lockedRounds
        self.maxMoves = maxMoves
        self.searchers = searchers
    }

    public init(names: [String], sizing: BreakoutPlan.Sizing, rounds: Int, seed: UInt64 = 1) {
        self.init(people: names.map { Person(name: $0) }, sizing: sizing, rounds: rounds, seed: seed)
    }
}

/// Two people, in either order.
public struct NamePair: Hashable, Codable, Sendable {
    public var first: String
    public var second: String

    public init(_ first: String, _ second: String) {
        self.first = min(first, second)
        self.second = max(first, second)
    }
}
