import Glibc

/// The notes search's embedded index: one JSON line per meeting, so a rerun keeps the lines of unchanged meetings as
/// they are and swaps in only the lines of those it rendered again.
///
/// A line is `["ID","DATE","TITLE",["ITEM",…],[[ITEM,"PLACE","KIND","AUTHOR","TEXT",ANCHOR,"PEOPLE",STRUCK],…]]`, with
/// ANCHOR the note's number on its meeting's page and PEOPLE the owner, person and organizer it names.
public enum SearchIndex {
    /// Where the index block starts and ends in the search page.
    static let opening = "<script type=\"application/json\" id=\"notes-index\">\n"
    static let closing = "</script>"

    /// The index line of one meeting, newline included.
    public static func line(_ record: MeetingRecord) -> [UInt8] {
        var out = "[\"" + record.id + "\"," + ScriptJSON.string(record.date) + "," + ScriptJSON.string(record.title) + ","
            + ScriptJSON.array(record.timeline.items.map { ScriptJSON.string($0.title) }) + ",["
        out.reserveCapacity(record.notes.entries.count * 140)
        for (index, note) in record.notes.entries.enumerated() {
            if index > 0 { out += "," }
            let people = [note.owner, note.person, note.organizer].compactMap { $0 }.joined(separator: " ")
            out += "[\(note.item)," + ScriptJSON.string(note.place) + "," + ScriptJSON.string(note.kind) + "," + ScriptJSON.string(note.author) + ","
                + ScriptJSON.string(note.text) + ",\(index + 1)," + ScriptJSON.string(people) + (note.struck ? ",1]" : ",0]")
        }
        return Array((out + "]]\n").utf8)
    }

    /// The lines of an earlier search page by meeting id; empty when `page` holds no index block this version wrote.
    ///
    /// The page can be hundreds of megabytes, so it is read with `memchr`: the block ends at its first `<` (its JSON
    /// escapes every other), and each line is found by its newline.
    public static func lines(in page: [UInt8]) -> [String: ArraySlice<UInt8>] {
        let opening = Array(Self.opening.utf8)
        // The block follows the head and the short page body: it begins within the first few kilobytes.
        guard let found = page.prefix(1 << 16).firstRange(of: opening) else { return [:] }
        let spans: [(id: String, range: Range<Int>)] = page.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return [] }
            let start = found.upperBound
            guard let less = memchr(base + start, Int32(UInt8(ascii: "<")), bytes.count - start) else { return [] }
            let end = base.distance(to: less.assumingMemoryBound(to: UInt8.self))
            guard UnsafeBufferPointer(rebasing: bytes[end...]).starts(with: Self.closing.utf8) else { return [] }
            var spans: [(id: String, range: Range<Int>)] = []
            var lineStart = start
            while lineStart < end, let newline = memchr(base + lineStart, 0x0A, end - lineStart) {
                let lineEnd = base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
                if let id = id(bytes, lineStart..<lineEnd) { spans.append((id, lineStart..<lineEnd)) }
                lineStart = lineEnd
            }
            return spans
        }
        return Dictionary(spans.map { ($0.id, page[$0.range]) }, uniquingKeysWith: { first, _ in first })
    }

    /// The meeting id a line starts with (`["ID",`), or nil for a line that is not one of ours.
    static func id(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> String? {
        guard line.count > 4, bytes[line.lowerBound] == UInt8(ascii: "["), bytes[line.lowerBound + 1] == UInt8(ascii: "\"") else { return nil }
        var end = line.lowerBound + 2
        while end < line.upperBound, end - line.lowerBound <= MeetingID.maximumLength + 2, bytes[end] != UInt8(ascii: "\"") { end += 1 }
        guard end < line.upperBound, bytes[end] == UInt8(ascii: "\"") else { return nil }
        let id = String(decoding: UnsafeBufferPointer(rebasing: bytes[(line.lowerBound + 2)..<end]), as: UTF8.self)
        return MeetingID.isValid(id) ? id : nil
    }
}
