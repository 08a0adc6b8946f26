import Foundation

extension RecordsIndex {
    /// Every action and follow-up of every readable meeting, oldest first, from `ledger.txt` without reading a log
    /// (except where the disk refused to save a meeting's lines, which are then read from memory). `openOnly` and
    /// `holder` (exactly as recorded) are checked on a line's raw fields, so the items left out are never built.
    public func followUps(now: Date, openOnly: Bool = false, holder: String? = nil) -> [FollowUpItem] {
        let open = Array(FollowThrough.Status.open.rawValue.utf8)
        let held = holder.map { Array(SearchFile.escape($0).utf8) }
        var f: [Range<Int>] = []
        let items = ledger(now: now, expected: { holder == nil ? $0.actions + $0.followUps : 0 }) { digest, bytes, found in
            LedgerFile.eachLine(bytes, kinds: [UInt8(ascii: "F")]) { _, line in
                LedgerFile.split(bytes, line, into: &f)
                guard f.count == 13, !openOnly || bytes[f[3]].elementsEqual(open),
                      held.map({ bytes[f[4]].elementsEqual($0) }) ?? true,
                      let item = LedgerFile.item(bytes, f, digest: digest) else { return }
                found.append(item)
            }
        }
        let older = { (a: FollowUpItem, b: FollowUpItem) in a.openedAt != b.openedAt ? a.openedAt < b.openedAt : a.id < b.id }
        // The ledger is in meeting order, so the items nearly always come oldest first already; sorting copies every one.
        return zip(items, items.dropFirst()).allSatisfy { !older($1, $0) } ? items : items.sorted(by: older)
    }

    /// The names in the records, read from the ledger's raw fields in one pass so no item is built: with
    /// `holdersOnly`, whoever holds an action or follow-up, open or closed (the names `--mine` may mean); else also
    /// the people follow-ups are conversations with and everyone expected at a meeting (the names `person` may mean).
    public func recordedNames(now: Date, holdersOnly: Bool) -> Set<String> {
        var f: [Range<Int>] = []
        let attendance = UInt8(ascii: "A"), followUp = UInt8(ascii: "F")
        return Set(ledger(now: now) { _, bytes, found in
            LedgerFile.eachLine(bytes, kinds: holdersOnly ? [followUp] : [followUp, attendance]) { kind, line in
                LedgerFile.split(bytes, line, into: &f)
                var fields: [Range<Int>] = []
                if kind == attendance, let name = f.first {
                    fields = [name]
                } else if kind == followUp, f.count == 13 {
                    fields = holdersOnly ? [f[4]] : [f[4], f[5]]
                }
                for field in fields where !field.isEmpty { found.append(SearchFile.unescape(bytes[field])) }
            }
        })
    }

    /// `body` on each readable meeting's ledger lines, in id order, with the index brought up to date; it appends what
    /// it finds to one array, so no meeting's findings are copied. `expected` guesses how much a meeting adds, so the
    /// array is sized once instead of copied each time it grows.
    func ledger<T>(now: Date, expected: (MeetingDigest) -> Int = { _ in 0 },
                   _ body: (MeetingDigest, UnsafeRawBufferPointer, inout [T]) -> Void) -> [T] {
        refreshed(now: now) { index -> [T] in
            let read = index.entries.filter { $0.digest.readable && !$0.ledger.isEmpty }
            let end = read.map(\.ledger.upperBound).max() ?? 0
            var found = Self.withMapped(ledgerPath, end, whole: true) { ledger -> [T] in
                var all: [T] = []
                all.reserveCapacity(read.reduce(0) { $0 + expected($1.digest) })
                for entry in read { body(entry.digest, UnsafeRawBufferPointer(rebasing: ledger[entry.ledger]), &all) }
                return all
            }
            for entry in index.entries where entry.digest.readable {
                guard let lines = index.unsavedLines[entry.id] else { continue }
                lines.ledger.withUnsafeBytes { body(entry.digest, $0, &found) }
            }
            return found
        }
    }
}

extension RecordsIndex {
    /// What the earlier meetings of `series` left open for `meeting`, opened at `openedAt` (see `CarryForward`).
    public func carriedForward(series: String, meeting: String, openedAt: Date, now: Date) -> [FollowUpItem] {
        guard !series.isEmpty else { return [] }
        return CarryForward.items(followUps(now: now, openOnly: true), series: series, meeting: meeting, openedAt: openedAt)
    }
}
