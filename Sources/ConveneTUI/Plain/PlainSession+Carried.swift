import ConveneCore

/// Plain mode's view of what earlier meetings of the series left open: said as numbered sentences, closed by number.
extension PlainSession {
    /// Each carried item as one sentence, numbered for `done N` and `drop N`, with "overdue" where its due day is
    /// before `today`.
    public func earlier(today: String) -> [String] {
        guard !carried.isEmpty else { return ["Nothing is open from earlier meetings of this series."] }
        return carried.enumerated().map { offset, item in
            let who = item.person.map { "\(item.holder ?? "someone") talks with \($0)" } ?? "\(item.holder ?? "nobody named")"
            let due = item.due.map { ", due \($0)" } ?? ""
            let late = item.isOverdue(today: today) ? ", overdue" : ""
            return "\(offset + 1). \(item.status.rawValue.capitalized): \(item.kind) for \(who): \(item.text)\(due)\(late). From \(item.meetingTitle), \(item.meeting.prefix(10))."
        }
    }

    /// What plain mode says when it opens on a meeting with open items from earlier ones.
    public var carriedGreeting: String? {
        CarryForward.summary(carried).map { "\($0); type earlier to hear them, done N to close one." }
    }

    /// Takes an earlier meeting's items as read back after a change and says what changed.
    public mutating func refreshCarried(_ fresh: [FollowUpItem]) -> [String] {
        let before = carried
        carried = carried.refreshed(from: fresh)
        return zip(before, carried).enumerated().compactMap { offset, pair in
            pair.0.status == pair.1.status ? nil : "Number \(offset + 1) is now \(standing(pair.1)): \(pair.1.text)."
        }
    }

    private func standing(_ item: FollowUpItem) -> String {
        switch item.status {
        case .open: "open"
        case .done: "done" + (item.outcome.map { ", \($0)" } ?? "")
        case .dropped: "dropped" + (item.reason.map { ", \($0)" } ?? "")
        }
    }
}
