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
            Entry(id: note.id, kind: note.kind.rawValue, text: note.text, item: note.item + 1,
                  itemTitle: items.indices.contains(note.item) ? items[note.item].title : "item \(note.item + 1)",
                  round: note.round, group: note.group, owner: note.owner, due: note.due, person: note.person,
                  organizer: note.organizer, author: note.author, at: note.at, struck: note.struck,
                  earlierWordings: note.history)
        }
    }

    public var actions: [Entry] { entries.filter { $0.kind == Note.Kind.action.rawValue && !$0.struck } }
    public var followUps: [Entry] { entries.filter { $0.kind == Note.Kind.followUp.rawValue && !$0.struck } }
}
