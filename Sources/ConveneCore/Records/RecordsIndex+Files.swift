import Foundation
import Glibc

extension RecordsIndex {
    /// A log's size and modification time in nanoseconds: what tells a stale index entry.
    static func stamp(_ path: String) -> (size: Int, modified: Int) {
        var info = stat()
        guard stat(path, &info) == 0 else { return (-1, -1) }
        return (Int(info.st_size), Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec))
    }

    /// The index as saved, or nil when it is missing, from another format, or names notes its search files lack.
    func load() -> Loaded? {
        guard let bytes = try? FileBytes.read(indexPath), let entries = Self.entries(bytes) else { return nil }
        let scanSize = Self.stamp(scanPath).size, notesSize = Self.stamp(notesPath).size, ledgerSize = Self.stamp(ledgerPath).size
        guard entries.allSatisfy({
            $0.scan.upperBound <= max(scanSize, 0) && $0.notes.upperBound <= max(notesSize, 0) && $0.ledger.upperBound <= max(ledgerSize, 0)
        }) else { return nil }
        return Loaded(entries: Dictionary(entries.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }), scanSize: max(scanSize, 0))
    }

    /// Every meeting's digest, newest first, with the expected people per meeting id, from one look at the logs: `stats`
    /// needs both, and where the index cannot be saved each look reads every log. People come from `people.json` when
    /// the index is current, else from what this run read, so such a folder still counts everyone; a missing or
    /// damaged `people.json` is rebuilt.
    public func digestsAndPeople(now: Date) -> (digests: [MeetingDigest], people: [String: [String]]) {
        let found = refreshed(now: now) { (digests: Self.newestFirst($0.entries), people: $0.people ?? storedPeople()) }
        if let people = found.people { return (found.digests, people) }
        return refreshed(now: now, rebuild: true) { (Self.newestFirst($0.entries), $0.people ?? [:]) }
    }

    func storedPeople() -> [String: [String]]? {
        try? JSONDecoder().decode([String: [String]].self, from: Data(try FileBytes.read(peoplePath)))
    }

    /// Writes everyone's people, then the index only once they are saved, so a current index never has stale people;
    /// a failure only means the next run indexes again.
    func save(_ entries: [Entry], people: [String: [String]]) {
        guard let names = try? JSONEncoder().encode(people), (try? FileBytes.writeAtomically(Array(names), to: peoplePath)) != nil else { return }
        try? FileBytes.writeAtomically(Self.text(entries), to: indexPath)
    }

    func prepare() throws(LogError) {
        try records.prepare()
        guard mkdir(folder, 0o700) == 0 || errno == EEXIST else { throw .system("create", folder) }
    }

    /// Reads one log afresh: its digest, its expected people, and its search and ledger lines.
    func read(_ id: String, now: Date) -> (digest: MeetingDigest, people: [String], lines: Lines) {
        let none = Lines(scan: [], notes: [], ledger: [])
        guard let bytes = try? FileBytes.read(records.logPath(id)) else { return (MeetingDigest(unreadableID: id), [], none) }
        let contents = LogLines.read(bytes[...])
        guard let meeting = Meeting.replay(contents.events) else { return (MeetingDigest(unreadableID: id), [], none) }
        let record = MeetingRecord(meeting: meeting, unreadable: UnreadableSection(contents: contents), now: now)
        let search = SearchFile.lines(record: record)
        let lines = Lines(scan: search.scan, notes: search.notes, ledger: LedgerFile.lines(record: record))
        return (MeetingDigest(record: record), record.attendance.expected.map(\.name), lines)
    }
}
