import ConveneCore
import Foundation

/// A change to an item carried forward from an earlier meeting, written to that meeting's own log (where the item
/// lives), then that meeting read back so the screen shows what was saved, not what was meant.
enum CarriedWrite {
    /// Appends `payloads` unless the item they close was closed meanwhile on another screen or with `convene
    /// followups`: then nothing is written, so the words someone else saved stay the item's outcome, and `refused`
    /// says what happened. Either way, the meeting's items as they now stand.
    static func append(_ payloads: [any EventPayload], to meeting: String, records: RecordsFolder,
                       by author: String) throws(LogError) -> (items: [FollowUpItem], refused: String?) {
        let standing = read([meeting], records: records)
        let notes = Set(payloads.compactMap { ($0 as? FollowUpCompleted)?.id ?? ($0 as? FollowUpDropped)?.id })
        if let closed = standing.first(where: { notes.contains($0.note) && $0.status != .open }) {
            let words = closed.outcome ?? closed.reason
            return (standing, "\(closed.id) was already \(closed.status.rawValue) elsewhere" + (words.map { " (\($0))" } ?? "") + "; nothing written")
        }
        let now = Date()
        try records.log(meeting).append(payloads.map { Event(at: now, by: author, $0) })
        return (read([meeting], records: records), nil)
    }

    /// The items of these meetings as their logs now stand; a meeting that cannot be read gives none.
    static func read(_ meetings: [String], records: RecordsFolder) -> [FollowUpItem] {
        let now = Date()
        return meetings.flatMap { meeting -> [FollowUpItem] in
            guard let record = try? records.record(meeting, now: now) else { return [] }
            return FollowUpItem.all(in: record, series: record.series)
        }
    }
}
