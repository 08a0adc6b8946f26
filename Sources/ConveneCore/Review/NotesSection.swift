import Foundation

/// Every note of the meeting with the item it belongs to named, and its actions and follow-ups singled out.
public struct NotesSection: Codable, Equatable, Sendable {
    /// One note as a reader sees it.
    public struct Entry: Codable, Equatable, Sendable {
        public var id: String
        public var kind: String
        public var text: String
        public var item: Int
        public var itemTitle: String
        public var round: Int?
        public var group: Int?
        public var owner: String?
        public var due: String?
        public var person: String?
        public var organizer: String?
        public var author: String
        public var at: Date
        public var struck: Bool
        public var earlierWordings: [String]
        /// For actions and follow-ups: the short id organizers type, and where the item stands.
        public var followUpID: String?
        public var status: FollowThrough.Status?
        public var outcome: String?
        public var assessment: Int?
        public var reason: String?
        public var closedAt: Date?
        public var closedBy: String?
        public var formerHolders: [String]?

        /// The action's owner or the follow-up's organizer.
        public var holder: String? { kind == Note.Kind.action.rawValue ? owner : kind == Note.Kind.followUp.rawValue ? organizer : nil }

        /// An action or follow-up in one line for a reader, each text passed through `escape` for the format it goes
        /// into: `[k7q2xm] Book the hall — owner: Ana, due 2026-09-06 · open` or `[…] Ana contacts Bo: childcare · open`.
        public func followUpLine(_ escape: (String) -> String) -> String {
            (followUpID.map { "[\($0)] " } ?? "") + Self.what(kind: kind, text: text, holder: holder, person: person, due: due, escape)
                + (statusWords.map { " · " + escape($0) } ?? "")
        }

        /// An action or follow-up in a phrase, each text passed through `escape`: `Ana contacts Bo: childcare, due
        /// 2026-09-06` for a follow-up, `Book the hall — owner: Ana` for an action.
        static func what(kind: String, text: String, holder: String?, person: String?, due: String?, _ escape: (String) -> String) -> String {
            let what = kind == Note.Kind.followUp.rawValue
                ? escape(holder ?? "someone") + " contacts " + escape(person ?? "someone") + ": " + escape(text)
                : escape(text) + " — owner: " + escape(holder ?? "nobody named")
            return what + (due.map { ", due " + escape($0) } ?? "")
        }

        /// The status in a few words for a reader: `open`, `done (4/5): came to the rally`, `dropped: moved away`.
        public var statusWords: String? {
            guard let status else { return nil }
            switch status {
            case .open: return "open"
            case .done:
                return "done" + (assessment.map { " (\($0)/5)" } ?? "") + (outcome.map { $0.isEmpty ? "" : ": " + $0 } ?? "")
            case .dropped: return "dropped" + (reason.map { $0.isEmpty ? "" : ": " + $0 } ?? "")
            }
        }

        /// Where the note was taken: `room`, or `round 2 group 3`.
        public var place: String {
            guard let group else { return "room" }
            return (round.map { "round \($0) " } ?? "") + "group \(group)"
        }
    }

    public var entries: [Entry]

    init(meeting: Meeting) {
        let items = meeting.agenda.items
        entries = meeting.notes.all.map { note in
            let tracked = note.isTracked ? note.followThrough : nil
            return Entry(id: note.id, kind: note.kind.rawValue, text: note.text, item: note.item + 1,
                         itemTitle: items.indices.contains(note.item) ? items[note.item].title : "item \(note.item + 1)",
                         round: note.round, group: note.group, owner: note.owner, due: note.due, person: note.person,
                         organizer: note.organizer, author: note.author, at: note.at, struck: note.struck,
                         earlierWordings: note.history, followUpID: tracked.map { _ in FollowUpID.make(meeting: meeting.id, note: note.id) },
                         status: tracked?.status, outcome: tracked?.outcome, assessment: tracked?.assessment, reason: tracked?.reason,
                         closedAt: tracked?.closedAt, closedBy: tracked?.closedBy,
                         formerHolders: tracked.flatMap { $0.formerHolders.isEmpty ? nil : $0.formerHolders })
        }
    }

    public var actions: [Entry] { entries.filter { $0.kind == Note.Kind.action.rawValue && !$0.struck } }
    public var followUps: [Entry] { entries.filter { $0.kind == Note.Kind.followUp.rawValue && !$0.struck } }
}
