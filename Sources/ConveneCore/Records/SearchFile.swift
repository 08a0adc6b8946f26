import Foundation

/// A meeting's notes for search, one line each: `KIND ITEM ROUND GROUP AUTHOR AT TEXT FOLDED`, tab-separated, TEXT
/// with `\`, tab and line breaks escaped, FOLDED the text with its people, case and accents removed. A match counts
/// only in FOLDED; the other fields show the hit without reading the log.
enum SearchFile {
    static func lines(record: MeetingRecord) -> [UInt8] {
        var out: [UInt8] = []
        for note in record.notes.entries {
            let folded = [note.text, note.author, note.owner ?? "", note.person ?? "", note.organizer ?? ""].joined(separator: " ")
            let fields = [note.kind, String(note.item), note.round.map(String.init) ?? "", note.group.map(String.init) ?? "",
                          escape(note.author), String(Int64((note.at.timeIntervalSince1970 * 1000).rounded())), escape(note.text)]
            out += Array((fields.joined(separator: "\t") + "\t").utf8) + flat(NoteSearch.fold(folded)) + [0x0A]
        }
        return out
    }

    /// Reads one line back into a hit; nil for a line that is not one of ours.
    static func hit(_ line: Substring, digest: MeetingDigest) -> NoteSearch.Hit? {
        let f = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard f.count == 8, let item = Int(f[1]), let millis = Int64(f[5]) else { return nil }
        let group = Int(f[3]), round = Int(f[2])
        let place = group.map { g in (round.map { "round \($0) " } ?? "") + "group \(g)" } ?? "room"
        let title = digest.itemTitles.indices.contains(item - 1) ? digest.itemTitles[item - 1] : "item \(item)"
        return NoteSearch.Hit(meeting: digest.summary.id, meetingTitle: digest.title, item: item, itemTitle: title, place: place,
                              kind: String(f[0]), author: unescape(f[4]), text: unescape(f[6]),
                              at: Date(timeIntervalSince1970: Double(millis) / 1000))
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

    static func unescape(_ text: Substring) -> String {
        guard text.contains("\\") else { return String(text) }
        var out = ""
        var escaped = false
        for c in text {
            if escaped {
                out.append(c == "t" ? "\t" : c == "n" ? "\n" : c == "r" ? "\r" : c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.append(c)
            }
        }
        return out
    }
}
