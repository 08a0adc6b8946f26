/// When an item's countdown turns to its warning state: a fixed time left or a share of the item.
public enum WarnThreshold: Codable, Equatable, Sendable {
    case seconds(Int)
    case percent(Int)

    public static let `default` = WarnThreshold.percent(20)

    /// Seconds before zero at which an item of `targetSeconds` enters warning.
    public func seconds(forTarget targetSeconds: Int) -> Int {
        switch self {
        case .seconds(let s): return s
        case .percent(let p): return targetSeconds * p / 100
        }
    }

    /// Parses `20%` or a duration such as `2m`.
    public static func parse(_ text: String) -> WarnThreshold? {
        let t = text.trimmingSpaces
        if t.hasSuffix("%") {
            guard let p = Int(digits: t.dropLast().trimmingSpaces), (1...99).contains(p) else { return nil }
            return .percent(p)
        }
        guard let s = DurationText.parse(t) else { return nil }
        return .seconds(s)
    }
}

extension WarnThreshold {
    /// Written as the agenda spells it: `20%` or `2m`.
    public var text: String {
        switch self {
        case .seconds(let s): return DurationText.format(s)
        case .percent(let p): return "\(p)%"
        }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = WarnThreshold.parse(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a warn threshold: \(text)")
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
