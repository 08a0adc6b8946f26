import ConveneCore
import Foundation

/// Where a note being captured now belongs: the current item and, during a breakout, its round and group.
public struct NotePlace: Equatable, Sendable {
    public var item: Int
    public var round: Int?
    public var group: Int?

    /// The place for a note-taker of `group` at `now`; the round counts from the item's start by the
    /// planned round length, and outside a breakout item the group is kept only as the author chose it.
    public static func of(_ meeting: Meeting, group: Int?, now: Date) -> NotePlace {
        let item = meeting.timeline.current
        guard let agendaItem = meeting.currentItem, let plan = agendaItem.breakout else {
            return NotePlace(item: item, round: nil, group: group)
        }
        let length = max(1, plan.secondsPerRound(itemSeconds: agendaItem.seconds))
        let round = min(max(plan.rounds, 1), Int(meeting.elapsed(item, now: now)) / length + 1)
        return NotePlace(item: item, round: group == nil ? nil : round, group: group)
    }

    /// The event that records `text` of `kind` here under `id`; `@names` in the text (whole names from `people`
    /// where one matches) give an action's owner, or a follow-up's person then organizer (the author when none is named).
    public func added(id: String, kind: Note.Kind, text: String, author: String, people: [String]) -> NoteAdded {
        let names = JoinState.mentions(text, among: people)
        var note = NoteAdded(id: id, kind: kind, text: text, item: item, round: round, group: group)
        switch kind {
        case .action: note.owner = names.first
        case .followUp:
            note.person = names.first
            note.organizer = names.dropFirst().first ?? author
        default: break
        }
        return note
    }
}
