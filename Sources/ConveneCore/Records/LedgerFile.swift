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

    /// The fields of each line of `bytes`, unescaped, for lines whose first field is one of `kinds`.
    static func facts(_ bytes: UnsafeRawBufferPointer, kinds: Set<UInt8>) -> [[String]] {
        var result: [[String]] = []
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            if let fields = fields(bytes, start..<end, kinds: kinds) { result.append(fields) }
            start = end + 1
        }
        return result
    }

    /// One line's fields, its kind letter first; nil when its kind is not one of `kinds`.
    static func fields(_ bytes: UnsafeRawBufferPointer, _ line: Range<Int>, kinds: Set<UInt8>) -> [String]? {
        guard line.count >= 2, kinds.contains(bytes[line.lowerBound]), bytes[line.lowerBound + 1] == 0x09 else { return nil }
        var fields = [String(UnicodeScalar(bytes[line.lowerBound]))]
        var fieldStart = line.lowerBound + 2
        for i in fieldStart..<line.upperBound where bytes[i] == 0x09 {
            fields.append(SearchFile.unescape(ArraySlice(bytes[fieldStart..<i])))
            fieldStart = i + 1
        }
        fields.append(SearchFile.unescape(ArraySlice(bytes[fieldStart..<line.upperBound])))
        return fields
    }

    /// An `F` line's fields (from `facts`) as the item they describe, with its meeting named by `digest`; nil when
    /// the line is not one this version wrote.
    static func item(_ f: [String], digest: MeetingDigest) -> FollowUpItem? {
        guard f.count == 14, let status = FollowThrough.Status(rawValue: f[4]), let opened = Int64(f[8]) else { return nil }
        func text(_ s: String) -> String? { s.isEmpty ? nil : s }
        return FollowUpItem(id: f[1], meeting: digest.summary.id, meetingTitle: digest.title, series: digest.series, note: f[2],
                            kind: f[3], text: f[11], holder: text(f[5]), person: text(f[6]), due: text(f[7]), status: status,
                            outcome: text(f[12]), assessment: Int(f[10]), reason: text(f[13]),
                            openedAt: Date(timeIntervalSince1970: Double(opened) / 1000),
                            closedAt: Int64(f[9]).map { Date(timeIntervalSince1970: Double($0) / 1000) })
    }
}
