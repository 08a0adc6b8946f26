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

        public init(meeting: String, meetingTitle: String, item: Int, itemTitle: String, place: String, kind: String,
                    author: String, text: String, at: Date) {
            self.meeting = meeting
            self.meetingTitle = meetingTitle
            self.item = item
            self.itemTitle = itemTitle
            self.place = place
            self.kind = kind
            self.author = author
            self.text = text
            self.at = at
        }
    }

    /// Text folded for matching: case and diacritics removed.
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
