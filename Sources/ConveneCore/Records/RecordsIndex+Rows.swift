import Foundation

/// `index.json`, format 3: one JSON document with a row per line, each row a flat array, so a run reads thousands of
/// meetings in one pass over the bytes instead of through `JSONDecoder`.
extension RecordsIndex {
    static let format = 3
    static let header = "{\"format\":\(format),\"meetings\":["
    static let footer = "]}"

    /// What `index.json` said, with the size of `search.txt` to tell how much of it later rows superseded.
    struct Loaded {
        var entries: [String: Entry]
        var scanSize: Int
    }

    static func text(_ entries: [Entry]) -> [UInt8] {
        Array((([header] + entries.enumerated().map { n, entry in FlatJSON.text(row(entry)) + (n + 1 < entries.count ? "," : "") })
            + [footer, ""]).joined(separator: "\n").utf8)
    }

    /// The entries of an `index.json`, or nil when it is not one this version wrote.
    static func entries(_ bytes: [UInt8]) -> [Entry]? {
        let lines = bytes.split(separator: 0x0A)
        guard lines.count >= 2, lines.first?.elementsEqual(header.utf8) == true, lines.last?.elementsEqual(footer.utf8) == true else {
            return nil
        }
        var entries: [Entry] = []
        for (n, line) in lines.dropFirst().dropLast().enumerated() {
            let last = n + 3 == lines.count
            guard last || line.last == UInt8(ascii: ",") else { return nil }
            let values = line.withUnsafeBufferPointer { FlatJSON.array(UnsafeBufferPointer(rebasing: $0[..<($0.count - (last ? 0 : 1))])) }
            guard let values, let entry = entry(values) else { return nil }
            entries.append(entry)
        }
        return entries
    }

    static func row(_ entry: Entry) -> [FlatJSON.Value] {
        let d = entry.digest, s = d.summary
        let numbers = [entry.size, entry.modified, entry.scan.lowerBound, entry.scan.upperBound, entry.notes.lowerBound,
                       entry.notes.upperBound, d.readable ? 1 : 0, s.attendance, s.itemsRun, s.notes, d.members, d.roleHolders,
                       d.actions, d.followUps, d.plannedSeconds, d.actualSeconds, entry.ledger.lowerBound, entry.ledger.upperBound]
        return [.string(entry.id), .string(s.date), .string(d.title), .string(s.status.rawValue),
                .string(String(d.openedAt.timeIntervalSince1970)), d.ranToTime.map { .integer($0 ? 1 : 0) } ?? .null, .string(d.series)]
            + numbers.map(FlatJSON.Value.integer) + d.itemTitles.map(FlatJSON.Value.string)
    }

    static func entry(_ row: [FlatJSON.Value]) -> Entry? {
        guard row.count >= 25, case .string(let id) = row[0], case .string(let date) = row[1], case .string(let title) = row[2],
            case .string(let statusName) = row[3], let status = MeetingRecord.Status(rawValue: statusName),
            case .string(let opened) = row[4], let openedAt = Double(opened), case .string(let series) = row[6] else { return nil }
        var ranToTime: Bool?
        switch row[5] {
        case .integer(let yes): ranToTime = yes == 1
        case .null: ranToTime = nil
        default: return nil
        }
        let n = row[7..<25].compactMap { if case .integer(let v) = $0 { v } else { nil } }
        let titles = row[25...].compactMap { if case .string(let t) = $0 { t } else { nil } }
        guard n.count == 18, titles.count == row.count - 25, n[2] <= n[3], n[4] <= n[5], n[16] <= n[17], n[2] >= 0, n[4] >= 0, n[16] >= 0
        else { return nil }
        var digest = MeetingDigest(unreadableID: id)
        digest.summary.date = date
        digest.summary.title = title
        digest.summary.status = status
        digest.summary.attendance = n[7]
        digest.summary.itemsRun = n[8]
        digest.summary.notes = n[9]
        digest.title = title
        digest.openedAt = Date(timeIntervalSince1970: openedAt)
        digest.itemTitles = titles
        digest.readable = n[6] == 1
        digest.members = n[10]
        digest.roleHolders = n[11]
        digest.actions = n[12]
        digest.followUps = n[13]
        digest.plannedSeconds = n[14]
        digest.actualSeconds = n[15]
        digest.ranToTime = ranToTime
        digest.series = series
        return Entry(id: id, size: n[0], modified: n[1], digest: digest, scan: n[2]..<n[3], notes: n[4]..<n[5], ledger: n[16]..<n[17])
    }
}
