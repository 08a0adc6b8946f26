/// Finding the one item an organizer means from what they typed: a short id or a unique start of one, or
/// `MEETING/NOTE` as the log names it.
extension FollowUpItem {
    /// Why a reference names no single item, in words that say what to do.
    public struct LookupError: Error, Equatable, Sendable {
        public var message: String
    }

    /// The shortest start of an id that may be typed: shorter ones would match too much to be worth trying.
    public static let shortestReference = 3

    public static func find(_ reference: String, in items: [FollowUpItem]) throws(LookupError) -> FollowUpItem {
        let typed = reference.trimmingSpaces
        if let slash = typed.lastIndex(of: "/") {
            let meeting = typed[..<slash], note = typed[typed.index(after: slash)...]
            if let item = items.first(where: { $0.meeting == meeting && $0.note == note }) { return item }
        }
        let wanted = typed.lowercased()
        let shown = DisplayWidth.truncate(Sanitized.inline(typed), to: 40)
        guard FollowUpID.looksLikeID(wanted) else {
            throw LookupError(message: "'\(shown)' is not a follow-up id (ids look like k7q2xm); see 'convene followups --all'")
        }
        guard wanted.count >= shortestReference else {
            throw LookupError(message: "'\(shown)' is too short to name one item; give at least \(shortestReference) characters of its id")
        }
        let matches = items.filter { $0.id.hasPrefix(wanted) }
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty {
            throw LookupError(message: "no action or follow-up '\(shown)' in the records; see 'convene followups --all'")
        }
        let named = matches.prefix(4).map { "\($0.meeting)/\($0.note)" }.joined(separator: ", ")
        throw LookupError(message: "'\(shown)' matches \(matches.count) items (\(named)\(matches.count > 4 ? ", …" : "")); "
                          + "give more of the id, or MEETING/NOTE as listed")
    }
}
