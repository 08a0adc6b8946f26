import ConveneCore
import Foundation

/// A change to an item carried forward from an earlier meeting, written to that meeting's own log (where the item
/// lives), then that meeting read back so the screen shows what was saved, not what was meant.
enum CarriedWrite {
    static func append(_ payloads: [any EventPayload], to meeting: String, records: RecordsFolder, by author: String) throws(LogError) -> [FollowUpItem] {
        let now = Date()
        try records.log(meeting).append(payloads.map { Event(at: now, by: author, $0) })
        guard let record = try? records.record(meeting, now: now) else { return [] }
        return FollowUpItem.all(in: record, series: record.series)
    }
}
