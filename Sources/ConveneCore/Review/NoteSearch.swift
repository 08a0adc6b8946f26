import Foundation

/// Finding notes across meetings regardless of case and accents, newest first.
public enum NoteSearch {
    /// One note that matched, with where it was said.
    public struct Hit: Codable, Equatable, Sendable {
        public var meeting: String
        public var meetingTitle: String
        public var item: Int
        public var itemTitle: String
        public var place: String
        public var kind: String
        public var author: String
        public var text: String
        public var at: Date
    }

    /// Text folded for matching: case and diacritics removed.
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Notes of `records` whose text, author, owner or person contains `query` once both are folded.
    public static func search(_ query: String, in records: [MeetingRecord]) -> [Hit] {
        let needle = fold(query)
        guard !needle.isEmpty else { return [] }
        var hits: [Hit] = []
        for record in records {
            for note in record.notes.entries {
                let haystack = [note.text, note.author, note.owner ?? "", note.person ?? "", note.organizer ?? ""].joined(separator: "\n")
                guard fold(haystack).contains(needle) else { continue }
                hits.append(Hit(meeting: record.id, meetingTitle: record.title, item: note.item, itemTitle: note.itemTitle,
                                place: note.place, kind: note.kind, author: note.author, text: note.text, at: note.at))
            }
        }
        return hits.sorted { $0.at != $1.at ? $0.at > $1.at : $0.meeting > $1.meeting }
    }
}
