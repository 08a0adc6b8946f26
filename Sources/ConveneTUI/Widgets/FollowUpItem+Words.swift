import ConveneCore

/// How an action or follow-up reads in a list row, the same on the facilitator's `f` screen and in review.
extension FollowUpItem {
    /// Who it waits on: `Ana` for an action, `Ana → Kofi` for a follow-up (Ana talks with Kofi).
    var waitsOn: String {
        (holder ?? "nobody named") + (person.map { " → " + $0 } ?? "")
    }

    /// Where it stands in a word, so colour is never the only sign: `OVERDUE`, `open`, `✓ done` or `dropped`.
    func standing(today: String) -> String {
        switch status {
        case .open: isOverdue(today: today) ? "OVERDUE" : "open"
        case .done: "✓ done"
        case .dropped: "dropped"
        }
    }

    /// What came of it once done, or why it was let go; nil while open.
    var closingWords: String? {
        switch status {
        case .open: nil
        case .done: outcome
        case .dropped: reason
        }
    }
}
