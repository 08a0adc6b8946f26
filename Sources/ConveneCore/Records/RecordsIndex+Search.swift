import Foundation
import Glibc

extension RecordsIndex {
    /// Notes across every meeting matching `query` (case and accents ignored), newest first, scanning the folded text
    /// of every note where it lies mapped and touching only the hits' lines of `notes.txt`: no log is read.
    public func search(_ query: String, now: Date) -> [NoteSearch.Hit] {
        let needle = SearchFile.flat(NoteSearch.fold(query))
        guard !needle.isEmpty else { return [] }
        let hits = refreshed(now: now) { entries -> [NoteSearch.Hit] in
            let searched = entries.filter { $0.digest.readable && !$0.scan.isEmpty }
            let scanEnd = searched.map(\.scan.upperBound).max() ?? 0, notesEnd = searched.map(\.notes.upperBound).max() ?? 0
            return Self.withMapped(scanPath, scanEnd, whole: true) { scan in
                Self.withMapped(notesPath, notesEnd, whole: false) { notes in
                    var hits: [NoteSearch.Hit] = []
                    for entry in searched {
                        for offset in SearchFile.matches(needle, in: UnsafeRawBufferPointer(rebasing: scan[entry.scan]))
                        where offset < entry.notes.count {
                            let line = notes[(entry.notes.lowerBound + offset)..<entry.notes.upperBound].prefix { $0 != 0x0A }
                            if let hit = SearchFile.hit(ArraySlice(line), digest: entry.digest) { hits.append(hit) }
                        }
                    }
                    return hits
                }
            }
        }
        return hits.sorted { $0.at != $1.at ? $0.at > $1.at : $0.meeting > $1.meeting }
    }

    /// `body` on the first `count` bytes of the file at `path`; no hits when it cannot be opened or mapped.
    static func withMapped(_ path: String, _ count: Int, whole: Bool, _ body: (UnsafeRawBufferPointer) -> [NoteSearch.Hit]) -> [NoteSearch.Hit] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return [] }
        defer { close(fd) }
        return FileBytes.mapped(fd: fd, count: count, whole: whole, body) ?? []
    }
}
