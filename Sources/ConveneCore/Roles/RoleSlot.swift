/// One role to be held: meeting-wide, for one item, or inside one breakout group of an item.
///
/// In the log it is flat: `{"role": "opener", "item": 2}`, with `group` added for a group slot.
public struct RoleSlot: Codable, Hashable, Sendable, Comparable {
    public enum Scope: Hashable, Sendable, Comparable {
        case meeting
        case item(Int)
        case group(item: Int, group: Int)
    }

    public var scope: Scope
    public var role: String

    public init(_ scope: Scope, role: String) {
        self.scope = scope
        self.role = role
    }

    private enum Key: String, CodingKey { case role, item, group }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        role = try container.decode(String.self, forKey: .role)
        let item = try container.decodeIfPresent(Int.self, forKey: .item)
        let group = try container.decodeIfPresent(Int.self, forKey: .group)
        switch (item, group) {
        case (let item?, let group?): scope = .group(item: item, group: group)
        case (let item?, nil): scope = .item(item)
        default: scope = .meeting
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(role, forKey: .role)
        switch scope {
        case .meeting: break
        case .item(let item): try container.encode(item, forKey: .item)
        case .group(let item, let group):
            try container.encode(item, forKey: .item)
            try container.encode(group, forKey: .group)
        }
    }

    public static func < (a: RoleSlot, b: RoleSlot) -> Bool { (a.scope, a.role) < (b.scope, b.role) }

    /// The role a `label` names: the label without its ` (item N)` or ` (item N, group G)` ending, so a role whose
    /// own name has brackets keeps them.
    public static func role(ofLabel label: String) -> String {
        guard label.hasSuffix(")"), let open = label.range(of: " (item ", options: .backwards) else { return label }
        let inside = label[open.upperBound..<label.index(before: label.endIndex)]
        let parts = inside.split(separator: ",", omittingEmptySubsequences: false)
        let numbers = parts.count == 1 ? [parts[0]] : parts.count == 2 && parts[1].hasPrefix(" group ") ? [parts[0], parts[1].dropFirst(7)] : []
        guard !numbers.isEmpty, numbers.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }) else { return label }
        return String(label[..<open.lowerBound])
    }

    /// `facilitator`, `opener (item 2)`, `note-taker (item 3, group 1)` with items counted from 1.
    public var label: String {
        switch scope {
        case .meeting: role
        case .item(let item): "\(role) (item \(item + 1))"
        case .group(let item, let group): "\(role) (item \(item + 1), group \(group))"
        }
    }
}
