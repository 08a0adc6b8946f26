import Foundation

/// A manifest row: one flat JSON array per meeting, with its lists preceded by their lengths.
extension SiteManifest {
    static func row(_ entry: Entry) -> [FlatJSON.Value] {
        let m = entry.meeting
        var row: [FlatJSON.Value] = [.string(m.id), .integer(entry.size), .integer(entry.modified), .string(m.date),
                                     .string(String(m.openedAt.timeIntervalSince1970)), .string(m.title), .string(m.series), .string(m.status.rawValue)]
        row += [m.readable ? 1 : 0, m.attended, m.expected, m.attendanceRecorded ? 1 : 0, m.notes, m.decisions, m.openItems, m.trackedItems,
                m.plannedSeconds, m.actualSeconds, m.itemsRun].map(FlatJSON.Value.integer)
        row.append(.integer(m.people.count))
        row += m.people.map(FlatJSON.Value.string)
        row.append(.integer(m.roles.count))
        row += m.roles.flatMap { [FlatJSON.Value.string($0.role), .string($0.person)] }
        row.append(.integer(m.decisionTexts.count))
        row += m.decisionTexts.map(FlatJSON.Value.string)
        return row
    }

    /// The entry a row holds, or nil for any row this version did not write.
    static func entry(_ row: [FlatJSON.Value]) -> Entry? {
        var reader = RowReader(values: row)
        guard let id = reader.string(), MeetingID.isValid(id), let size = reader.integer(), let modified = reader.integer(),
              let date = reader.string(), let opened = reader.string().flatMap(Double.init), let title = reader.string(),
              let series = reader.string(), let status = reader.string().flatMap(MeetingRecord.Status.init(rawValue:)) else { return nil }
        var numbers: [Int] = []
        for _ in 0..<11 {
            guard let number = reader.integer() else { return nil }
            numbers.append(number)
        }
        guard let people = reader.strings(), let roleFields = reader.strings(pairs: true), let decisions = reader.strings(), reader.done else { return nil }
        var meeting = SiteMeeting(unreadableID: id)
        meeting.date = date
        meeting.openedAt = Date(timeIntervalSince1970: opened)
        meeting.title = title
        meeting.series = series
        meeting.status = status
        meeting.readable = numbers[0] == 1
        (meeting.attended, meeting.expected) = (numbers[1], numbers[2])
        meeting.attendanceRecorded = numbers[3] == 1
        (meeting.notes, meeting.decisions, meeting.openItems, meeting.trackedItems) = (numbers[4], numbers[5], numbers[6], numbers[7])
        (meeting.plannedSeconds, meeting.actualSeconds, meeting.itemsRun) = (numbers[8], numbers[9], numbers[10])
        meeting.people = people
        meeting.roles = stride(from: 0, to: roleFields.count, by: 2).map { SiteMeeting.Role(role: roleFields[$0], person: roleFields[$0 + 1]) }
        meeting.decisionTexts = decisions
        return Entry(size: size, modified: modified, meeting: meeting)
    }

    /// Reads a row's values in order, each checked for its type.
    private struct RowReader {
        let values: [FlatJSON.Value]
        var at = 0

        var done: Bool { at == values.count }

        mutating func string() -> String? {
            guard at < values.count, case .string(let text) = values[at] else { return nil }
            at += 1
            return text
        }

        mutating func integer() -> Int? {
            guard at < values.count, case .integer(let number) = values[at] else { return nil }
            at += 1
            return number
        }

        /// A count, then that many strings (twice as many for `pairs`).
        mutating func strings(pairs: Bool = false) -> [String]? {
            guard let count = integer(), count >= 0, count <= (values.count - at) / (pairs ? 2 : 1) else { return nil }
            var out: [String] = []
            for _ in 0..<(pairs ? count * 2 : count) {
                guard let text = string() else { return nil }
                out.append(text)
            }
            return out
        }
    }
}
