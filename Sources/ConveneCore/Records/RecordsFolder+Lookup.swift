import Glibc

extension RecordsFolder {
    /// Finds a meeting by id, unique prefix, or `latest` (the log written most recently).
    public func find(_ reference: String) throws(LogError) -> String {
        let ids = meetingIDs()
        if reference == "latest" {
            guard let newest = ids.max(by: { modified(logPath($0)) < modified(logPath($1)) }) else {
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

    private func modified(_ path: String) -> Double {
        var info = stat()
        guard stat(path, &info) == 0 else { return 0 }
        return Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
    }
}
