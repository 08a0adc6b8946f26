import Foundation

extension RecordsIndex {
    /// What the records hold about `name` (exactly as on rosters and notes), from `ledger.txt` and the search files:
    /// only the ledger lines that contain the name's bytes are read, so a long archive stays fast.
    public func person(_ name: String, now: Date) -> PersonHistory {
        var history = PersonHistory(name: name)
        let needle = Array(SearchFile.escape(name).utf8)
        guard !needle.isEmpty else { return history }
        let kinds: Set<UInt8> = Set("ARGF".utf8)
        refreshed(now: now) { index in
            let read = index.entries.filter { $0.digest.readable && !$0.ledger.isEmpty }.sorted { $0.ledger.lowerBound < $1.ledger.lowerBound }
            let end = read.map(\.ledger.upperBound).max() ?? 0
            _ = Self.withMapped(ledgerPath, end, whole: false) { ledger -> [Void] in
                Self.lines(containing: needle, in: ledger, entries: read) { digest, line in history.add(ledger, line, digest: digest) }
                return []
            }
            for entry in index.entries where entry.digest.readable {
                guard let lines = index.unsavedLines[entry.id] else { continue }
                lines.ledger.withUnsafeBytes { bytes in
                    LedgerFile.eachLine(bytes, kinds: kinds) { _, line in history.add(bytes, line, digest: entry.digest) }
                }
            }
        }
        history.notes = search(name, now: now).filter { $0.author == name || ($0.kind == Note.Kind.quote.rawValue && $0.text.contains(name)) }
        history.visits.sort { $0.date != $1.date ? $0.date < $1.date : $0.meeting < $1.meeting }
        history.followUpsAbout.sort { $0.openedAt < $1.openedAt }
        history.holding.sort { $0.openedAt < $1.openedAt }
        return history
    }

    /// `found` on each line holding `needle` in the mapped ledger, with the meeting whose range holds it; `entries`
    /// sorted by where their lines start.
    static func lines(containing needle: [UInt8], in ledger: UnsafeRawBufferPointer, entries: [Entry],
                      _ found: (MeetingDigest, Range<Int>) -> Void) {
        var owner = 0
        ByteSearch.each(needle, in: ledger) { offset in
            var start = offset, end = offset + needle.count
            while start > 0 && ledger[start - 1] != 0x0A { start -= 1 }
            while end < ledger.count && ledger[end] != 0x0A { end += 1 }
            while owner < entries.count && entries[owner].ledger.upperBound <= start { owner += 1 }
            if owner < entries.count, entries[owner].ledger.contains(start), end - start >= 2 { found(entries[owner].digest, start..<end) }
            return end + 1
        }
    }
}
