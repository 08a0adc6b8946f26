import Foundation

/// A meeting's notes for search, one line per note in each of two files. In `search.txt`: `OFFSET FOLDED`, where OFFSET is
/// where the note's line starts among the meeting's lines in `notes.txt` and FOLDED the text with its people, case
/// and accents removed. In `notes.txt`: `KIND ITEM ROUND GROUP AUTHOR AT TEXT`, tab-separated, TEXT with `\`, tab and
/// line breaks escaped. A match counts only in FOLDED; the other fields show the hit without reading the log.
enum SearchFile {
    static func lines(record: MeetingRecord) -> (scan: [UInt8], notes: [UInt8]) {
        var scan: [UInt8] = [], notes: [UInt8] = []
        for note in record.notes.entries {
            let folded = [note.text, note.author, note.owner ?? "", note.person ?? "", note.organizer ?? ""].joined(separator: " ")
            scan += Array((String(notes.count) + "\t").utf8) + flat(NoteSearch.fold(folded)) + [0x0A]
            let fields = [note.kind, String(note.item), note.round.map(String.init) ?? "", note.group.map(String.init) ?? "",
                          escape(note.author), String(Int64((note.at.timeIntervalSince1970 * 1000).rounded())), escape(note.text)]
            notes += Array((fields.joined(separator: "\t") + "\n").utf8)
        }
        return (scan, notes)
    }

    /// Where in `notes.txt`, from the meeting's first line there, each note whose FOLDED contains `needle` starts.
    static func matches(_ needle: [UInt8], in lines: UnsafeRawBufferPointer) -> [Int] {
        var found: [Int] = []
        ByteSearch.each(needle, in: lines) { offset in
            var start = offset
            while start > 0 && lines[start - 1] != 0x0A { start -= 1 }
            var tab = start
            while tab < offset && lines[tab] != 0x09 { tab += 1 }
            guard tab < offset else { return offset + 1 }
            var at = 0
            // Wrapping: a damaged offset must give a wrong (bounds-checked) place, never an overflow trap.
            for digit in lines[start..<tab] { at = at &* 10 &+ Int(digit &- 0x30) }
            found.append(at)
            var end = offset + needle.count
            while end < lines.count && lines[end] != 0x0A { end += 1 }
            return end
        }
        return found
    }

    /// Reads one line of `notes.txt` back into a hit; nil for a line that is not one of ours.
    static func hit(_ line: ArraySlice<UInt8>, digest: MeetingDigest) -> NoteSearch.Hit? {
        var f: [ArraySlice<UInt8>] = []
        f.reserveCapacity(7)
        var start = line.startIndex
        for i in line.indices where line[i] == 0x09 {
            f.append(line[start..<i])
            start = i + 1
        }
        f.append(line[start...])
        guard f.count == 7, let item = number(f[1]), let millis = number(f[5]) else { return nil }
        let group = number(f[3]), round = number(f[2])
        let place = group.map { g in (round.map { "round \($0) " } ?? "") + "group \(g)" } ?? "room"
        let title = digest.itemTitles.indices.contains(item - 1) ? digest.itemTitles[item - 1] : "item \(item)"
        return NoteSearch.Hit(meeting: digest.summary.id, meetingTitle: digest.title, item: item, itemTitle: title, place: place,
                              kind: String(decoding: f[0], as: UTF8.self), author: unescape(f[4]), text: unescape(f[6]),
                              at: Date(timeIntervalSince1970: Double(millis) / 1000))
    }

    /// A field of digits, perhaps after `-`, as a number; nil when empty or anything else.
    static func number(_ field: some Collection<UInt8>) -> Int? {
        let digits = field.dropFirst(field.first == UInt8(ascii: "-") ? 1 : 0)
        guard !digits.isEmpty, digits.count < 19, digits.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        let n = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        return digits.count < field.count ? -n : n
    }

    /// Folded text on one line: line breaks and tabs become spaces.
    static func flat(_ text: String) -> [UInt8] {
        Array(text.utf8).map { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 ? 0x20 : $0 }
    }

    static func escape(_ text: String) -> String {
        guard text.contains(where: { $0 == "\\" || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
            .replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n")
    }

    static func unescape(_ field: some Collection<UInt8>) -> String {
        let plain = field.withContiguousStorageIfAvailable { buffer in
            buffer.baseAddress.map { memchr($0, 0x5C, buffer.count) == nil } ?? true
        }
        guard !(plain ?? !field.contains(UInt8(ascii: "\\"))) else { return String(decoding: field, as: UTF8.self) }
        var out: [UInt8] = []
        var escaped = false
        for byte in field {
            if escaped {
                out.append(byte == UInt8(ascii: "t") ? 0x09 : byte == UInt8(ascii: "n") ? 0x0A : byte == UInt8(ascii: "r") ? 0x0D : byte)
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
