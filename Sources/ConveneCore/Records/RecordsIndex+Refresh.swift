import Foundation
import Glibc

extension RecordsIndex {
    /// Runs `body` on every meeting's entry, in id order, once the index matches the logs, with the index folder
    /// locked meanwhile (shared to read, exclusive to update) so the search files hold what the entries say.
    func refreshed<T>(now: Date, _ body: ([Entry]) -> T) -> T {
        let ids = records.meetingIDs()
        let stamps = ids.map { Self.stamp(records.logPath($0)) }
        let current = locked(LOCK_SH) { () -> T? in
            guard let known = load(), known.entries.count == ids.count,
                zip(ids, stamps).allSatisfy({ id, stamp in known.entries[id].map { $0.size == stamp.size && $0.modified == stamp.modified } ?? false })
            else { return nil }
            return body(ids.map { id in Self.afresh(known.entries[id]!) { read(id, now: now).digest } })
        }
        if let current { return current }
        // No meetings and no index yet: nothing to write, and a folder that does not exist is not created.
        if ids.isEmpty && access(folder, F_OK) != 0 { return body([]) }
        _ = try? prepare()
        return locked(LOCK_EX) { body(update(ids: ids, stamps: stamps, now: now)) }
    }

    /// A live meeting's entry with its digest taken again at the current time; any other entry as it is.
    static func afresh(_ entry: Entry, _ digest: () -> MeetingDigest) -> Entry {
        guard entry.digest.summary.status == .live else { return entry }
        var fresh = entry
        fresh.digest = digest()
        return fresh
    }

    /// Reads the logs that changed, appends their notes to the search files (or writes those afresh when the index
    /// was unreadable or they are mostly superseded notes), and saves the index.
    func update(ids: [String], stamps: [(size: Int, modified: Int)], now: Date) -> [Entry] {
        let known = load()
        let old = known?.entries ?? [:]
        let kept = zip(ids, stamps).compactMap { id, stamp in old[id].flatMap { $0.size == stamp.size && $0.modified == stamp.modified ? $0 : nil } }
        let live = kept.reduce(0) { $0 + $1.scan.count }
        let fresh = known.map { $0.scanSize - live > live + (1 << 20) } ?? true
        if fresh { removeLeftovers() }
        var writer = SearchWriter(scanPath: scanPath, notesPath: notesPath, fresh: fresh)
        var entries: [Entry] = []
        var people: [String: [String]] = [:]
        for (id, stamp) in zip(ids, stamps) {
            if let entry = old[id], entry.size == stamp.size, entry.modified == stamp.modified {
                var moved = Self.afresh(entry) { read(id, now: now).digest }
                if let ranges = fresh ? writer.copy(scan: entry.scan, notes: entry.notes) : (entry.scan, entry.notes) {
                    (moved.scan, moved.notes) = ranges
                    entries.append(moved)
                    continue
                }
            }
            let reading = read(id, now: now)
            let ranges = writer.add(scan: reading.scan, notes: reading.notes)
            entries.append(Entry(id: id, size: ranges == nil ? -1 : stamp.size, modified: stamp.modified, digest: reading.digest,
                                 scan: ranges?.scan ?? 0..<0, notes: ranges?.notes ?? 0..<0))
            people[id] = reading.people
        }
        let gone = Set(old.keys).subtracting(ids)
        if fresh { unlink(indexPath) }
        // Lines that did not all reach their files are not searched this time; the next run indexes again.
        guard writer.finish() else { return entries.map { Entry(id: $0.id, size: -1, modified: -1, digest: $0.digest, scan: 0..<0, notes: 0..<0) } }
        // Another run may have brought the index up to date while this one waited for the lock.
        guard fresh || !people.isEmpty || !gone.isEmpty else { return entries }
        if fresh { try? FileManager.default.removeItem(atPath: folder + "/search") }
        save(entries, people: people, gone: gone)
        return entries
    }

    /// Deletes files a run cut short left half written (`*.tmp-PID`): under the exclusive lock no other run is writing
    /// one, and a rewrite of the search files could otherwise leave hundreds of megabytes behind.
    func removeLeftovers() {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.contains(".tmp-") {
            unlink(folder + "/" + name)
        }
    }

    /// Runs `body` holding `flock(kind)` on the index folder; without the folder there is nothing to guard.
    func locked<T>(_ kind: Int32, _ body: () -> T) -> T {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return body() }
        defer { close(fd) }
        while flock(fd, kind) != 0 && errno == EINTR {}
        return body()
    }
}
