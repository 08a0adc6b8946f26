import Foundation
import Glibc

extension RecordsIndex {
    /// Notes across every meeting matching `query` (case and accents ignored), newest first, scanning only the
    /// small search files: the logs are not read, except where the disk refused the search file.
    public func search(_ query: String, now: Date) -> [NoteSearch.Hit] {
        let needle = SearchFile.flat(NoteSearch.fold(query))
        guard !needle.isEmpty else { return [] }
        var hits: [NoteSearch.Hit] = []
        let index = refreshed(now: now)
        for digest in index.digests where digest.readable {
            let id = digest.summary.id
            guard let bytes = index.unsavedSearch[id] ?? (try? FileBytes.read(searchPath(id))) else { continue }
            for line in Self.matches(needle, in: bytes) {
                if let hit = SearchFile.hit(Substring(String(decoding: line, as: UTF8.self)), digest: digest) { hits.append(hit) }
            }
        }
        return hits.sorted { $0.at != $1.at ? $0.at > $1.at : $0.meeting > $1.meeting }
    }

    /// The lines whose last field (the folded text) contains `needle`.
    static func matches(_ needle: [UInt8], in bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var found: [ArraySlice<UInt8>] = []
        bytes.withUnsafeBytes { buffer in
            ByteSearch.each(needle, in: buffer) { offset in
                let start = (bytes[..<offset].lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
                let end = bytes[offset...].firstIndex(of: 0x0A) ?? bytes.count
                guard let tab = bytes[start..<end].lastIndex(of: 0x09) else { return end }
                guard offset > tab else { return tab + 1 }
                found.append(bytes[start..<end])
                return end
            }
        }
        return found
    }
}
