import Foundation
import Glibc

extension RecordsIndex {
    /// Notes across every meeting matching `query` (case and accents ignored), newest first, scanning the folded text
    /// of every note where it lies mapped and touching only the hits' lines of `notes.txt`: no log is read, except
    /// where the disk refused to save a meeting's lines and they are searched from memory.
    public func search(_ query: String, now: Date) -> [NoteSearch.Hit] {
        let needle = SearchFile.flat(NoteSearch.fold(query))
        guard !needle.isEmpty else { return [] }
        let hits = refreshed(now: now) { index -> [NoteSearch.Hit] in
            let searched = index.entries.filter { $0.digest.readable && !$0.scan.isEmpty }
            let scanEnd = searched.map(\.scan.upperBound).max() ?? 0, notesEnd = searched.map(\.notes.upperBound).max() ?? 0
            var hits = Self.withMapped(scanPath, scanEnd, whole: true) { scan in
                Self.withMapped(notesPath, notesEnd, whole: false) { notes in
                    searched.flatMap { entry in
                        Self.hits(needle, scan: UnsafeRawBufferPointer(rebasing: scan[entry.scan]),
                                  notes: UnsafeRawBufferPointer(rebasing: notes[entry.notes]), digest: entry.digest)
                    }
                }
            }
            for entry in index.entries where entry.digest.readable {
                guard let lines = index.unsavedLines[entry.id] else { continue }
                hits += lines.scan.withUnsafeBytes { scan in
                    lines.notes.withUnsafeBytes { notes in Self.hits(needle, scan: scan, notes: notes, digest: entry.digest) }
                }
            }
            return hits
        }
        return hits.sorted { $0.at != $1.at ? $0.at > $1.at : $0.meeting > $1.meeting }
    }

    /// One meeting's notes whose folded text holds `needle`, from its lines in `search.txt` and `notes.txt`.
    static func hits(_ needle: [UInt8], scan: UnsafeRawBufferPointer, notes: UnsafeRawBufferPointer, digest: MeetingDigest) -> [NoteSearch.Hit] {
        SearchFile.matches(needle, in: scan).compactMap { offset in
            guard offset >= 0, offset < notes.count else { return nil }
            return SearchFile.hit(ArraySlice(notes[offset...].prefix { $0 != 0x0A }), digest: digest)
        }
    }

    /// `body` on the first `count` bytes of the file at `path`; no hits when it cannot be opened or mapped, or is
    /// shorter than the index says (cut short since the index was read), since touching a page past its end would
    /// end the program.
    static func withMapped<T: RangeReplaceableCollection>(_ path: String, _ count: Int, whole: Bool, _ body: (UnsafeRawBufferPointer) -> T) -> T {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return T() }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, Int(info.st_size) >= count else { return T() }
        return FileBytes.mapped(fd: fd, count: count, whole: whole, body) ?? T()
    }
}
