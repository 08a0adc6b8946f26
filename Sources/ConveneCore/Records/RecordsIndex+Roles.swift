import Foundation

extension RecordsIndex {
    /// Who ended up holding which role in every readable meeting but `excluded`, oldest first, from the ledger's role
    /// lines: a facilitator screen opening on thousands of meetings reads one file, not every log.
    public func roleHistory(excluding excluded: String? = nil, now: Date) -> RoleHistory {
        let entries: [RoleHistory.Entry] = ledger(now: now) { digest, bytes, found in
            guard digest.summary.id != excluded else { return }
            LedgerFile.eachLine(bytes, kinds: [UInt8(ascii: "R")]) { _, line in
                let fields = LedgerFile.split(bytes, line)
                guard fields.count == 2 else { return }
                let label = SearchFile.unescape(bytes[fields[0]])
                found.append(RoleHistory.Entry(meeting: digest.summary.id, role: RoleSlot.role(ofLabel: label),
                                               person: SearchFile.unescape(bytes[fields[1]])))
            }
        }
        return RoleHistory(entries: entries)
    }
}
