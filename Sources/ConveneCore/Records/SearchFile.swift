import Foundation

/// A meeting's notes folded for search, one line each: `ADDED EDITED\tfolded text`, where ADDED and EDITED are byte
/// offsets in the log of the note's `note.added` line and its latest `note.edited` line (-1 when never edited).
/// Far smaller than the log, so searching all meetings reads a fraction of what `grep` would.
enum SearchFile {
    /// Byte offsets of note lines by note id: where each was added, and where it was last edited.
    static func noteOffsets(_ bytes: [UInt8]) -> (added: [String: Int], edited: [String: Int]) {
        var added: [String: Int] = [:], edited: [String: Int] = [:]
        let marker = Array(#""type":"note."#.utf8)
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            let line = bytes[start..<end]
            if ByteSearch.contains(marker, in: line), let event = try? EventCodec.decode(line) {
                if let note = event.payload as? NoteAdded, added[note.id] == nil { added[note.id] = start }
                if let edit = event.payload as? NoteEdited { edited[edit.id] = start }
            }
            start = end + 1
        }
        return (added, edited)
    }

    static func lines(record: MeetingRecord, offsets: (added: [String: Int], edited: [String: Int])) -> [UInt8] {
        var out: [UInt8] = []
        for note in record.notes.entries {
            guard let added = offsets.added[note.id] else { continue }
            let text = [note.text, note.author, note.owner ?? "", note.person ?? "", note.organizer ?? ""].joined(separator: " ")
            out += Array("\(added) \(offsets.edited[note.id] ?? -1)\t".utf8) + flat(NoteSearch.fold(text)) + [0x0A]
        }
        return out
    }

    /// Folded text on one line: line breaks and tabs become spaces.
    static func flat(_ text: String) -> [UInt8] {
        Array(text.utf8).map { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 ? 0x20 : $0 }
    }
}
