import Foundation

extension RecordsIndex {
    /// Every action and follow-up in the records, and the one-to-one history they and attendance make for assigning
    /// organizers after `meeting` (opened at `openedAt`): visits count only meetings opened before it.
    public func oneToOnes(before meeting: String, openedAt: Date, now: Date) -> (items: [FollowUpItem], history: OneToOneHistory) {
        let items = followUps(now: now)
        var history = OneToOneHistory()
        for item in items { history.add(item) }
        let attended: [String] = ledger(now: now) { digest, bytes, found in
            guard digest.summary.id != meeting, digest.openedAt < openedAt else { return }
            LedgerFile.eachLine(bytes, kinds: [UInt8(ascii: "A")]) { _, line in
                let fields = LedgerFile.split(bytes, line)
                guard fields.count == 5 else { return }
                let mark = bytes[fields[1]]
                if mark.elementsEqual("present".utf8) || mark.elementsEqual("left".utf8) { found.append(SearchFile.unescape(bytes[fields[0]])) }
            }
        }
        for name in attended { history.visits[name, default: 0] += 1 }
        return (items, history)
    }
}
