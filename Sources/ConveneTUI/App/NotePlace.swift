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

    /// The event that records `text` of `kind` here under the id `id`.
    public func added(id: String, kind: Note.Kind, text: String, owner: String? = nil, person: String? = nil,
                      organizer: String? = nil) -> NoteAdded {
        NoteAdded(id: id, kind: kind, text: text, item: item, round: round, group: group, owner: owner,
                  person: person, organizer: organizer)
    }
}
