import Foundation
import Glibc

/// The records folder's index (`index/`): a digest per meeting in `index.json`, each meeting's expected people in
/// `people.json`, and a folded search file per meeting in `search/`. Everything here is rebuilt from the logs:
/// a log whose size or modification time changed is read again, a missing or unreadable index is rebuilt whole.
public struct RecordsIndex: Sendable {
    /// One meeting as last indexed, with the log's size and modification time it was read at.
    struct Entry: Codable {
        var id: String
        var size: Int
        var modified: Int
        var digest: MeetingDigest
    }

    struct File: Codable {
        var format: Int
        var entries: [Entry]
    }

    public let records: RecordsFolder

    public init(records: RecordsFolder) { self.records = records }

    var folder: String { records.root + "/index" }
    var indexPath: String { folder + "/index.json" }
    var peoplePath: String { folder + "/people.json" }
    func searchPath(_ id: String) -> String { folder + "/search/" + id + ".txt" }

    /// The index brought up to date with the logs, with what could not be saved (a read-only or full disk) kept in
    /// memory, so a search or a statistic reads what the logs say rather than stale or missing files.
    struct Refreshed {
        var digests: [MeetingDigest] = []
        /// The search lines of meetings whose search file could not be written.
        var unsavedSearch: [String: [UInt8]] = [:]
        /// The expected people of every meeting whose log changed since the index was last saved.
        var people: [String: [String]] = [:]
    }

    /// Every meeting's digest, newest first, bringing the index up to date with the logs first.
    public func digests(now: Date) -> [MeetingDigest] { refreshed(now: now).digests }

    /// Reads again every log whose size or modification time changed; live meetings are always read afresh so their
    /// running figures are current at `now`.
    func refreshed(now: Date) -> Refreshed {
        var known = Dictionary(((try? load())?.entries ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var result = Refreshed()
        let ids = records.meetingIDs()
        for id in ids {
            let (size, modified) = Self.stamp(records.logPath(id))
            if let entry = known[id], entry.size == size, entry.modified == modified, entry.digest.summary.status != .live {
                result.digests.append(entry.digest)
                continue
            }
            let fresh = reindex(id, now: now)
            result.digests.append(fresh.digest)
            result.unsavedSearch[id] = fresh.unsavedSearch
            if known[id]?.size != size || known[id]?.modified != modified {
                result.people[id] = fresh.people
                known[id] = Entry(id: id, size: size, modified: modified, digest: fresh.digest)
            }
        }
        let gone = Set(known.keys).subtracting(ids)
        if !result.people.isEmpty || !gone.isEmpty {
            for id in gone { unlink(searchPath(id)) }
            save(File(format: 1, entries: ids.compactMap { known[$0] }), people: result.people, gone: gone)
        }
        result.digests.sort { $0.openedAt != $1.openedAt ? $0.openedAt > $1.openedAt : $0.summary.id > $1.summary.id }
        return result
    }
}
