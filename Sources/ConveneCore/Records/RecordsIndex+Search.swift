import Foundation
import Glibc

extension RecordsIndex {
    /// Notes across every meeting matching `query` (case and accents ignored), newest first. The folded text of
    /// every note is scanned where it lies mapped; only the hits' lines are read from `notes.txt`, and no log is read.
    public func search(_ query: String, now: Date) -> [NoteSearch.Hit] {
        let needle = SearchFile.flat(NoteSearch.fold(query))
        guard !needle.isEmpty else { return [] }
        let hits = refreshed(now: now) { entries -> [NoteSearch.Hit] in
            let scanFD = open(scanPath, O_RDONLY | O_CLOEXEC), notesFD = open(notesPath, O_RDONLY | O_CLOEXEC)
            defer {
                if scanFD >= 0 { close(scanFD) }
                if notesFD >= 0 { close(notesFD) }
            }
            let searched = entries.filter { $0.digest.readable && !$0.scan.isEmpty }
            let end = searched.map(\.scan.upperBound).max() ?? 0
            guard scanFD >= 0, notesFD >= 0 else { return [] }
            var hits: [NoteSearch.Hit] = []
            _ = FileBytes.mapped(fd: scanFD, count: end) { all in
                for entry in searched {
                    for offset in SearchFile.matches(needle, in: UnsafeRawBufferPointer(rebasing: all[entry.scan])) {
                        if let hit = noteLine(notesFD, from: entry.notes.lowerBound + offset, before: entry.notes.upperBound)
                            .flatMap({ SearchFile.hit($0, digest: entry.digest) }) {
                            hits.append(hit)
                        }
                    }
                }
            }
            return hits
        }
        return hits.sorted { $0.at != $1.at ? $0.at > $1.at : $0.meeting > $1.meeting }
    }

    /// The line of `notes.txt` starting at `start`, read on its own: most lines fit the first small read.
    func noteLine(_ fd: Int32, from start: Int, before end: Int) -> ArraySlice<UInt8>? {
        var length = 512
        while true {
            let upper = min(end, start + length)
            guard start < upper, let bytes = try? FileBytes.read(fd: fd, path: notesPath, range: start..<upper) else { return nil }
            if let newline = bytes.firstIndex(of: 0x0A) { return bytes[..<newline] }
            guard upper < end else { return nil }
            length *= 4
        }
    }
}
