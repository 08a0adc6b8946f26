import Foundation

/// One thing captured during a meeting: what was said, decided or promised, by whom, and where.
public struct Note: Equatable, Sendable {
    /// The kinds of note a note-taker chooses between.
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case note, idea, decision, action, followUp = "follow-up", quote
    }

    public var id: String
    public var kind: Kind
    public var text: String
    /// The agenda item it belongs to.
    public var item: Int
    /// During breakouts, the round and group it was captured in (1-based).
    public var round: Int?
    public var group: Int?
    /// For an action: who will do it, and by when (free text such as `2026-09-06`).
    public var owner: String?
    public var due: String?
    /// For a follow-up: the person to contact and the organizer who will reach out.
    public var person: String?
    public var organizer: String?
    public var author: String
    public var at: Date
    /// Earlier wordings, oldest first, kept when the note is edited.
    public var history: [String] = []
    public var struck = false
    /// For an action or a follow-up: whether it is still open, done or dropped.
    public var followThrough = FollowThrough()

    /// Actions and follow-ups are what organizers track to done; other kinds carry no follow-through.
    public var isTracked: Bool { kind == .action || kind == .followUp }

    /// Who the item waits on: an action's owner, a follow-up's organizer; nil for other kinds.
    public var holder: String? {
        get { kind == .action ? owner : kind == .followUp ? organizer : nil }
        set {
            if kind == .action { owner = newValue } else if kind == .followUp { organizer = newValue }
        }
    }
}
