import Foundation
import Glibc

extension RecordsFolder {
    /// Finds a meeting by id, unique prefix, or `latest`: the meeting opened most recently, so closing an old
    /// meeting's follow-up (appended to its log) does not make it the latest.
    public func find(_ reference: String) throws(LogError) -> String {
        let ids = meetingIDs()
        if reference == "latest" {
            let recency = Dictionary(ids.map { ($0, (opened(logPath($0)), modified(logPath($0)))) }, uniquingKeysWith: { a, _ in a })
            guard let newest = ids.max(by: { recency[$0, default: (0, 0)] < recency[$1, default: (0, 0)] }) else {
                throw LogError("no meetings yet in \(root); start one with 'convene run AGENDA'")
            }
            return newest
        }
        guard MeetingID.isValid(reference) else {
            // Shown escaped and cut short: the reference may be anything a script passed.
            let shown = DisplayWidth.truncate(Sanitized.inline(reference), to: 60)
            throw LogError("'\(shown)' is not a meeting id (ids look like 2026-08-30-visioning); see 'convene meetings'")
        }
        if ids.contains(reference) { return reference }
        let matches = ids.filter { $0.hasPrefix(reference) }
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty { throw LogError("no meeting '\(reference)' in \(root); see 'convene meetings'") }
        throw LogError("'\(reference)' matches \(matches.count) meetings (\(matches.prefix(3).joined(separator: ", "))…); give more of the id")
    }

    /// When the log's first event happened, read from its first bytes (`{"at":"2026-08-30T14:00:00.000Z"`); 0 when
    /// they do not say.
    private func opened(_ path: String) -> Double {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return 0 }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: 40)
        let count = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress, 40) }
        let lead = Array(#"{"at":""#.utf8)
        guard count == 40, bytes.starts(with: lead) else { return 0 }
        let stamp = String(decoding: bytes[lead.count..<(lead.count + 24)], as: UTF8.self)
        return Timestamp.parse(stamp)?.timeIntervalSince1970 ?? 0
    }

    private func modified(_ path: String) -> Double {
        var info = stat()
        guard stat(path, &info) == 0 else { return 0 }
        return Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
    }
}
