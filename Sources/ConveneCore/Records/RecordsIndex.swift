import Foundation
import Glibc

/// The records folder's index (`index/`): a row per meeting in `index.json`, each meeting's expected people in
/// `people.json`, every meeting's notes for search in two append-only files, `search.txt` (folded text, the
/// only bytes a search scans) and `notes.txt` (what a hit shows), and in `ledger.txt` what follow-through and a
/// person's history need (actions and follow-ups with their status, attendance, roles, groups). Everything here is rebuilt from the logs: a log
/// whose size or modification time changed is read again, a missing or unreadable index is rebuilt whole.
public struct RecordsIndex: Sendable {
    /// One meeting as last indexed: the log's size and modification time it was read at, its digest, and where its
    /// notes are in `search.txt` and `notes.txt`.
    struct Entry {
        var id: String
        var size: Int
        var modified: Int
        var digest: MeetingDigest
        var scan: Range<Int>
        var notes: Range<Int>
        var ledger: Range<Int>
    }

    public let records: RecordsFolder

    public init(records: RecordsFolder) { self.records = records }

    var folder: String { records.root + "/index" }
    var indexPath: String { folder + "/index.json" }
    var peoplePath: String { folder + "/people.json" }
    var scanPath: String { folder + "/search.txt" }
    var notesPath: String { folder + "/notes.txt" }
    var ledgerPath: String { folder + "/ledger.txt" }

    /// One meeting's lines for `search.txt`, `notes.txt` and `ledger.txt`.
    struct Lines {
        var scan: [UInt8]
        var notes: [UInt8]
        var ledger: [UInt8]
    }

    /// What `refreshed` hands its body: every meeting's entry in id order and, where the disk refused to save (a
    /// read-only or full folder), what the logs say kept in memory, so a search or a statistic never reads stale files.
    struct Refreshed {
        var entries: [Entry]
        /// The search lines of meetings whose lines are not in `search.txt` and `notes.txt`, by meeting id.
        var unsavedLines: [String: Lines] = [:]
        /// Every meeting's expected people when this run read logs; nil when the index was current and `people.json` has them.
        var people: [String: [String]]?
    }

    /// Every meeting's digest, newest first, bringing the index up to date with the logs first.
    /// Live meetings are always read afresh so their running figures are current at `now`.
    public func digests(now: Date) -> [MeetingDigest] {
        refreshed(now: now) { Self.newestFirst($0.entries) }
    }

    /// The entries' digests, newest meeting first (by id among meetings opened at the same moment).
    static func newestFirst(_ entries: [Entry]) -> [MeetingDigest] {
        entries.map(\.digest).sorted { $0.openedAt != $1.openedAt ? $0.openedAt > $1.openedAt : $0.summary.id > $1.summary.id }
    }
}
