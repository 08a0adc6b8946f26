import Foundation
import Glibc

extension RecordsIndex {
    /// A log's size and modification time in nanoseconds: what tells a stale index entry.
    static func stamp(_ path: String) -> (size: Int, modified: Int) {
        var info = stat()
        guard stat(path, &info) == 0 else { return (-1, -1) }
        return (Int(info.st_size), Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec))
    }

    func load() throws -> File {
        let file = try JSONDecoder().decode(File.self, from: Data(try FileBytes.read(indexPath)))
        guard file.format == 1 else { throw LogError("\(indexPath): unknown index format") }
        return file
    }

    /// Expected people per meeting id; a missing or damaged file is rebuilt from the logs, and used from memory
    /// when it cannot be saved.
    public func people(now: Date) -> [String: [String]] {
        if let found = storedPeople() { return found }
        unlink(indexPath)
        let fresh = refreshed(now: now)
        return storedPeople() ?? fresh.people
    }

    func storedPeople() -> [String: [String]]? {
        try? JSONDecoder().decode([String: [String]].self, from: Data(try FileBytes.read(peoplePath)))
    }

    /// Writes the index and merges changed meetings' people; a failure only means the next run indexes again.
    func save(_ file: File, people changed: [String: [String]], gone: Set<String>) {
        guard (try? prepare()) != nil else { return }
        var all = storedPeople() ?? [:]
        for (id, names) in changed { all[id] = names }
        for id in gone { all[id] = nil }
        let encoder = JSONEncoder()
        guard let index = try? encoder.encode(file), let names = try? encoder.encode(all) else { return }
        try? FileBytes.writeAtomically(Array(names), to: peoplePath)
        try? FileBytes.writeAtomically(Array(index), to: indexPath)
    }

    func prepare() throws(LogError) {
        try records.prepare()
        for path in [folder, folder + "/search"] where mkdir(path, 0o700) != 0 && errno != EEXIST {
            throw .system("create", path)
        }
    }

    /// Reads one log afresh: its digest, its expected people, and its search file rewritten, or returned when the
    /// disk refuses it.
    func reindex(_ id: String, now: Date) -> (digest: MeetingDigest, people: [String], unsavedSearch: [UInt8]?) {
        guard let bytes = try? FileBytes.read(records.logPath(id)) else { return (MeetingDigest(unreadableID: id), [], nil) }
        let contents = LogLines.read(bytes[...])
        guard let meeting = Meeting.replay(contents.events) else { return (MeetingDigest(unreadableID: id), [], nil) }
        let record = MeetingRecord(meeting: meeting, unreadable: UnreadableSection(contents: contents), now: now)
        let search = SearchFile.lines(record: record)
        let saved = (try? prepare()) != nil && (try? FileBytes.writeAtomically(search, to: searchPath(id))) != nil
        return (MeetingDigest(record: record), record.attendance.expected.map(\.name), saved ? nil : search)
    }
}
