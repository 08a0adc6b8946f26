import Foundation

/// A meeting's lines in `ledger.txt`: what `convene followups` and `convene person` read instead of replaying logs.
/// One line per fact, tab-separated, every text field escaped as in `notes.txt`:
///
///     F ID NOTE KIND STATUS HOLDER PERSON DUE OPENED CLOSED ASSESSMENT TEXT OUTCOME REASON   an action or follow-up
///     A NAME MARK LATE WALKIN TAGS                                                        one expected person
///     R SLOT PERSON                                                                       a role and its holder
///     G ITEM ROUND GROUP NAME...                                                          one breakout group
///
/// OPENED and CLOSED are milliseconds since 1970 (CLOSED empty while open); LATE and WALKIN are 0 or 1; TAGS are
/// space-separated. A line of another shape is skipped, so a newer convene may add kinds of line.
enum LedgerFile {
    static func lines(record: MeetingRecord) -> [UInt8] {
        var out: [String] = []
        for item in FollowUpItem.all(in: record, series: record.series) {
            out.append(line("F", item.id, item.note, item.kind, item.status.rawValue, item.holder ?? "", item.person ?? "", item.due ?? "",
                            millis(item.openedAt), item.closedAt.map(millis) ?? "", item.assessment.map(String.init) ?? "", item.text,
                            item.outcome ?? "", item.reason ?? ""))
        }
        for person in record.attendance.expected {
            out.append(line("A", person.name, person.mark, person.late ? "1" : "0", person.walkIn ? "1" : "0", person.tags.joined(separator: " ")))
        }
        for holder in record.roles.holders { out.append(line("R", holder.slot, holder.person)) }
        for breakout in record.groups.breakouts {
            for (round, groups) in breakout.rounds.enumerated() {
                for (group, names) in groups.enumerated() {
                    out.append(line(["G", String(breakout.item), String(round + 1), String(group + 1)] + names))
                }
            }
        }
        return Array(out.joined().utf8)
    }

    private static func line(_ fields: String...) -> String { line(fields) }

    private static func line(_ fields: [String]) -> String {
        fields.map(SearchFile.escape).joined(separator: "\t") + "\n"
    }

    private static func millis(_ date: Date) -> String { String(Int64((date.timeIntervalSince1970 * 1000).rounded())) }

    /// Calls `body` with each line of `bytes` whose first field is one of `kinds`: the kind letter and the line's range.
    static func eachLine(_ bytes: UnsafeRawBufferPointer, kinds: Set<UInt8>, _ body: (UInt8, Range<Int>) -> Void) {
        guard let base = bytes.baseAddress else { return }
        var start = 0
        while start < bytes.count {
            let end = memchr(base + start, 0x0A, bytes.count - start).map { base.distance(to: UnsafeRawPointer($0)) } ?? bytes.count
            if end - start >= 2, bytes[start + 1] == 0x09, kinds.contains(bytes[start]) { body(bytes[start], start..<end) }
            start = end + 1
        }
    }

    /// The ranges of a line's fields after its kind letter, still escaped.
    static func split(_ bytes: UnsafeRawBufferPointer, _ line: Range<Int>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(16)
        split(bytes, line, into: &ranges)
        return ranges
    }

    /// The same into `ranges`, emptied first, so a scan of every line reuses one array.
    static func split(_ bytes: UnsafeRawBufferPointer, _ line: Range<Int>, into ranges: inout [Range<Int>]) {
        ranges.removeAll(keepingCapacity: true)
        var fieldStart = line.lowerBound + 2
        for i in fieldStart..<line.upperBound where bytes[i] == 0x09 {
            ranges.append(fieldStart..<i)
            fieldStart = i + 1
        }
        ranges.append(fieldStart..<line.upperBound)
    }

    /// One line's fields, unescaped, its kind letter first.
    static func fields(_ bytes: UnsafeRawBufferPointer, _ line: Range<Int>) -> [String] {
        [String(UnicodeScalar(bytes[line.lowerBound]))] + split(bytes, line).map { SearchFile.unescape(bytes[$0]) }
    }

    /// The action or follow-up an `F` line describes, its meeting named by `digest`; nil when the line is not one this
    /// version wrote.
    static func item(_ bytes: UnsafeRawBufferPointer, _ line: Range<Int>, digest: MeetingDigest) -> FollowUpItem? {
        item(bytes, split(bytes, line), digest: digest)
    }

    /// The action or follow-up of an `F` line already split into `f`.
    static func item(_ bytes: UnsafeRawBufferPointer, _ f: [Range<Int>], digest: MeetingDigest) -> FollowUpItem? {
        guard f.count == 13, let status = FollowThrough.Status(rawValue: text(bytes, f[3])), let opened = SearchFile.number(bytes[f[7]]) else { return nil }
        func optional(_ range: Range<Int>) -> String? { range.isEmpty ? nil : SearchFile.unescape(bytes[range]) }
        return FollowUpItem(id: text(bytes, f[0]), meeting: digest.summary.id, meetingTitle: digest.title, series: digest.series,
                            note: SearchFile.unescape(bytes[f[1]]), kind: text(bytes, f[2]), text: SearchFile.unescape(bytes[f[10]]),
                            holder: optional(f[4]), person: optional(f[5]), due: optional(f[6]), status: status, outcome: optional(f[11]),
                            assessment: SearchFile.number(bytes[f[9]]), reason: optional(f[12]),
                            openedAt: Date(timeIntervalSince1970: Double(opened) / 1000),
                            closedAt: SearchFile.number(bytes[f[8]]).map { Date(timeIntervalSince1970: Double($0) / 1000) })
    }

    private static func text(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
}
