import Foundation
import Glibc

extension RecordsIndex {
    /// Notes across every meeting matching `query` (case and accents ignored), newest first, scanning the small
    /// folded search files and reading from the logs only the lines of notes that matched.
    public func search(_ query: String, now: Date) -> [NoteSearch.Hit] {
        let needle = SearchFile.flat(NoteSearch.fold(query))
        guard !needle.isEmpty else { return [] }
        var hits: [NoteSearch.Hit] = []
        for digest in digests(now: now) where digest.readable {
            let id = digest.summary.id
            guard let bytes = try? FileBytes.read(searchPath(id)) else { continue }
            let refs = Self.matches(needle, in: bytes)
            guard !refs.isEmpty else { continue }
            hits += resolve(refs, digest: digest)
        }
        return hits.sorted { $0.at != $1.at ? $0.at > $1.at : $0.meeting > $1.meeting }
    }

    /// The (added, edited) offsets of lines whose folded text contains `needle`.
    static func matches(_ needle: [UInt8], in bytes: [UInt8]) -> [(Int, Int)] {
        var refs: [(Int, Int)] = []
        bytes.withUnsafeBytes { buffer in
            ByteSearch.each(needle, in: buffer) { offset in
                let start = (bytes[..<offset].lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
                let end = bytes[offset...].firstIndex(of: 0x0A) ?? bytes.count
                guard let tab = bytes[start..<end].firstIndex(of: 0x09) else { return end }
                guard offset > tab else { return offset + 1 }
                let fields = String(decoding: bytes[start..<tab], as: UTF8.self).split(separator: " ").compactMap { Int($0) }
                if fields.count == 2 { refs.append((fields[0], fields[1])) }
                return end
            }
        }
        return refs
    }

    /// Reads the matched notes' lines from the meeting's log.
    private func resolve(_ refs: [(Int, Int)], digest: MeetingDigest) -> [NoteSearch.Hit] {
        let path = records.logPath(digest.summary.id)
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return [] }
        defer { close(fd) }
        return refs.compactMap { added, edited in
            guard let event = Self.event(fd: fd, at: added), let note = event.payload as? NoteAdded else { return nil }
            let text = edited >= 0 ? (Self.event(fd: fd, at: edited)?.payload as? NoteEdited)?.text ?? note.text : note.text
            let itemTitle = digest.itemTitles.indices.contains(note.item) ? digest.itemTitles[note.item] : "item \(note.item + 1)"
            let place = note.group.map { g in (note.round.map { "round \($0) " } ?? "") + "group \(g)" } ?? "room"
            return NoteSearch.Hit(meeting: digest.summary.id, meetingTitle: digest.title, item: note.item + 1, itemTitle: itemTitle,
                                  place: place, kind: note.kind.rawValue, author: event.by, text: text, at: event.at)
        }
    }

    private static func event(fd: Int32, at offset: Int) -> Event? {
        var line: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        var position = offset
        while true {
            let n = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(position)) }
            guard n > 0 else { return nil }
            if let newline = chunk[0..<n].firstIndex(of: 0x0A) {
                line += chunk[0..<newline]
                return try? EventCodec.decode(line)
            }
            line += chunk[0..<n]
            position += n
        }
    }
}
