/// How an item splits the room into groups: by size or by count, over one or more rounds.
public struct BreakoutPlan: Codable, Equatable, Sendable {
    /// Whether the facilitator fixed the size of each group or the number of groups.
    public enum Sizing: Codable, Equatable, Sendable {
        case groupsOf(Int)
        case groupCount(Int)

        private enum Key: String, CodingKey {
            case groupsOf, groups
        }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            if let size = try container.decodeIfPresent(Int.self, forKey: .groupsOf) {
                self = .groupsOf(size)
            } else {
                self = .groupCount(try container.decode(Int.self, forKey: .groups))
            }
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            switch self {
            case .groupsOf(let n): try container.encode(n, forKey: .groupsOf)
            case .groupCount(let n): try container.encode(n, forKey: .groups)
            }
        }
    }

    public var sizing: Sizing
    public var rounds: Int
    /// Seconds per round when the agenda says `round:`; otherwise the item's time is split evenly.
    public var roundSeconds: Int?

    public init(sizing: Sizing, rounds: Int = 1, roundSeconds: Int? = nil) {
        self.sizing = sizing
        self.rounds = rounds
        self.roundSeconds = roundSeconds
    }

    /// The length of each round given the item's planned duration.
    public func secondsPerRound(itemSeconds: Int) -> Int {
        roundSeconds ?? itemSeconds / max(rounds, 1)
    }
}
