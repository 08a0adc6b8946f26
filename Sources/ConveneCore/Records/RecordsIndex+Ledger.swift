import Foundation

extension RecordsIndex {
    /// Every action and follow-up of every readable meeting, oldest first, from `ledger.txt` without reading a log
    /// (except where the disk refused to save a meeting's lines, which are then read from memory).
    public func followUps(now: Date) -> [FollowUpItem] {
        ledger(now: now, kinds: [UInt8(ascii: "F")]) { digest, facts in facts.compactMap { LedgerFile.item($0, digest: digest) } }
            .sorted { $0.openedAt != $1.openedAt ? $0.openedAt < $1.openedAt : $0.id < $1.id }
    }

    /// `body` on each readable meeting's ledger facts of the given kinds, in id order, with the index brought up to date.
    func ledger<T>(now: Date, kinds: Set<UInt8>, _ body: (MeetingDigest, [[String]]) -> [T]) -> [T] {
        refreshed(now: now) { index -> [T] in
            let read = index.entries.filter { $0.digest.readable && !$0.ledger.isEmpty }
            let end = read.map(\.ledger.upperBound).max() ?? 0
            var found = Self.withMapped(ledgerPath, end, whole: true) { ledger in
                read.flatMap { entry in body(entry.digest, LedgerFile.facts(UnsafeRawBufferPointer(rebasing: ledger[entry.ledger]), kinds: kinds)) }
            }
            for entry in index.entries where entry.digest.readable {
                guard let lines = index.unsavedLines[entry.id] else { continue }
                found += lines.ledger.withUnsafeBytes { body(entry.digest, LedgerFile.facts($0, kinds: kinds)) }
            }
            return found
        }
    }
}
