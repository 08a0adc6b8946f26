import Foundation

/// A note was captured.
public struct NoteAdded: EventPayload, Equatable {
    public static let type = "note.added"
    public var id: String
    public var kind: Note.Kind
    public var text: String
    public var item: Int
    public var round: Int?
    public var group: Int?
    public var owner: String?
    public var due: String?
    public var person: String?
    public var organizer: String?

    public init(id: String, kind: Note.Kind = .note, text: String, item: Int, round: Int? = nil, group: Int? = nil,
                owner: String? = nil, due: String? = nil, person: String? = nil, organizer: String? = nil) {
        self.id = id
        self.kind = kind
        self.text = text
        self.item = item
        self.round = round
        self.group = group
        self.owner = owner
        self.due = due
        self.person = person
        self.organizer = organizer
    }

    public func apply(to meeting: inout Meeting, at: Date, by: String) {
        guard meeting.notes.index[id] == nil else { return }
        meeting.notes.add(Note(id: id, kind: kind, text: text, item: item, round: round, group: group, owner: owner,
                               due: due, person: person, organizer: organizer, author: by, at: at))
    }
}

/// A note's wording was changed; the earlier wording stays in the note's history and in the log.
public struct NoteEdited: EventPayload, Equatable {
    public static let type = "note.edited"
    public var id: String
    public var text: String

    public init(id: String, text: String) {
        self.id = id
        self.text = text
    }

    public func apply(to meeting: inout Meeting, at: Date, by: String) {
        meeting.notes.update(id) { note in
            note.history.append(note.text)
            note.text = text
        }
    }
}

/// A note was struck out: still in the record, marked as withdrawn.
public struct NoteStruck: EventPayload, Equatable {
    public static let type = "note.struck"
    public var id: String

    public init(id: String) { self.id = id }

    public func apply(to meeting: inout Meeting, at: Date, by: String) {
        meeting.notes.update(id) { $0.struck = true }
    }
}
