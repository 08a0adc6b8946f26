/// A planned breakout rotation: who sits with whom in every round, and how good that is.
public struct Rotation: Equatable, Sendable {
    /// Everyone planned for, in roster order.
    public var people: [String]
    /// Rounds, each a list of groups, each a list of names.
    public var rounds: [[[String]]]
    /// Σ over pairs of max(0, times met − 1), within this rotation only.
    public var repeats: Int
    /// The most times any two people meet in this rotation.
    public var maxMeetings: Int
    /// No rotation with these group sizes can have fewer repeats: see `RotationLowerBound`.
    public var lowerBound: Int
    public var seed: UInt64
    /// Things the facilitator should know, such as too few facilitators for every group.
    public var warnings: [String]

    public init(people: [String], rounds: [[[String]]], lowerBound: Int, seed: UInt64, warnings: [String] = []) {
        self.people = people
        self.rounds = rounds
        self.lowerBound = lowerBound
        self.seed = seed
        self.warnings = warnings
        let tally = PairTally(rounds)
        repeats = tally.repeats
        maxMeetings = tally.maxMeetings
    }
}

/// How often each pair of names meets across some rounds.
struct PairTally {
    private var index: [String: Int] = [:]
    private var meetings: [Int: Int] = [:]

    init(_ rounds: [[[String]]]) {
        for group in rounds.joined() {
            for name in group where index[name] == nil { index[name] = index.count }
        }
        let n = index.count
        for group in rounds.joined() {
            let members = group.compactMap { index[$0] }
            for (i, a) in members.enumerated() {
                for b in members[(i + 1)...] where a != b {
                    meetings[min(a, b) * n + max(a, b), default: 0] += 1
                }
            }
        }
    }

    var repeats: Int { meetings.values.reduce(0) { $0 + max(0, $1 - 1) } }
    var maxMeetings: Int { meetings.values.max() ?? 0 }

    func count(_ a: String, _ b: String) -> Int {
        guard let i = index[a], let j = index[b] else { return 0 }
        return meetings[min(i, j) * index.count + max(i, j)] ?? 0
    }
}
