import Foundation
import Glibc

extension RecordsIndex {
    /// Runs `body` on every meeting's entry, in id order, once the index matches the logs, with the index folder
    /// locked meanwhile (shared to read, exclusive to update) so the search files hold what the entries say;
    /// `rebuild` reads every log again even when the index looks current.
    func refreshed<T>(now: Date, rebuild: Bool = false, _ body: (Refreshed) -> T) -> T {
        let ids = records.meetingIDs()
        let stamps = ids.map { Self.stamp(records.logPath($0)) }
        let current: T? = rebuild ? nil : locked(LOCK_SH) {
            guard let known = load(), known.entries.count == ids.count,
                zip(ids, stamps).allSatisfy({ id, stamp in known.entries[id].map { $0.size == stamp.size && $0.modified == stamp.modified } ?? false })
            else { return nil }
            return body(Refreshed(entries: ids.map { id in Self.afresh(known.entries[id]!) { read(id, now: now).digest } }))
        }
        if let current { return current }
        // No meetings and no index yet: nothing to write, and a folder that does not exist is not created.
        if ids.isEmpty && access(folder, F_OK) != 0 { return body(Refreshed(entries: [], people: [:])) }
        _ = try? prepare()
        return locked(LOCK_EX) { body(update(ids: ids, stamps: stamps, rebuild: rebuild, now: now)) }
    }

    /// A live meeting's entry with its digest taken again at the current time; any other entry as it is.
    static func afresh(_ entry: Entry, _ digest: () -> MeetingDigest) -> Entry {
        guard entry.digest.summary.status == .live else { return entry }
        var fresh = entry
        fresh.digest = digest()
        return fresh
    }

    /// Reads the logs that changed, appends their notes to the search files (or writes those afresh when the index
    /// was unreadable or they are mostly superseded notes), and saves the index; what the disk refused stays in memory.
    func update(ids: [String], stamps: [(size: Int, modified: Int)], rebuild: Bool, now: Date) -> Refreshed {
        let stored = rebuild ? nil : storedPeople()
        // Changed meetings' people are merged into `people.json`, so without it every log is read again.
        let known = stored == nil ? nil : load()
        let old = known?.entries ?? [:]
        let kept = zip(ids, stamps).compactMap { id, stamp in old[id].flatMap { $0.size == stamp.size && $0.modified == stamp.modified ? $0 : nil } }
        let live = kept.reduce(0) { $0 + $1.scan.count }
        let fresh = known.map { $0.scanSize - live > live + (1 << 20) } ?? true
        if fresh { removeLeftovers() }
        var writer = SearchWriter(scanPath: scanPath, notesPath: notesPath, ledgerPath: ledgerPath, fresh: fresh)
        var entries: [Entry] = []
        var changed: [String: [String]] = [:]
        var unsaved: [String: Lines] = [:]
        for (id, stamp) in zip(ids, stamps) {
            if let entry = old[id], entry.size == stamp.size, entry.modified == stamp.modified {
                var moved = Self.afresh(entry) { read(id, now: now).digest }
                if let ranges = fresh ? writer.copy(scan: entry.scan, notes: entry.notes, ledger: entry.ledger) : (entry.scan, entry.notes, entry.ledger) {
                    (moved.scan, moved.notes, moved.ledger) = ranges
                    entries.append(moved)
                    continue
                }
            }
            let reading = read(id, now: now)
            let ranges = writer.add(reading.lines)
            if ranges == nil { unsaved[id] = reading.lines }
            entries.append(Entry(id: id, size: ranges == nil ? -1 : stamp.size, modified: stamp.modified, digest: reading.digest,
                                 scan: ranges?.scan ?? 0..<0, notes: ranges?.notes ?? 0..<0, ledger: ranges?.ledger ?? 0..<0))
            changed[id] = reading.people
        }
        let gone = Set(old.keys).subtracting(ids)
        var people = (known == nil ? nil : stored) ?? [:]
        people.merge(changed) { $1 }
        for id in gone { people[id] = nil }
        if fresh { unlink(indexPath) }
        guard writer.finish() else {
            return fromMemory(entries, unsaved: unsaved, keeping: fresh ? [] : Set(kept.map(\.id)), people: people, now: now)
        }
        // Another run may have brought the index up to date while this one waited for the lock.
        guard fresh || !changed.isEmpty || !gone.isEmpty else { return Refreshed(entries: entries, people: people) }
        if fresh { try? FileManager.default.removeItem(atPath: folder + "/search") }
        save(entries, people: people)
        return Refreshed(entries: entries, people: people)
    }

    /// A run whose lines did not all reach the search files: the meetings `kept` in the untouched files are searched
    /// there, every other one from memory, read again from its log when its lines went only to the refused files.
    func fromMemory(_ entries: [Entry], unsaved: [String: Lines], keeping kept: Set<String>, people: [String: [String]], now: Date) -> Refreshed {
        var result = Refreshed(entries: [], unsavedLines: unsaved, people: people)
        for entry in entries {
            guard !kept.contains(entry.id) else {
                result.entries.append(entry)
                continue
            }
            if result.unsavedLines[entry.id] == nil { result.unsavedLines[entry.id] = read(entry.id, now: now).lines }
            result.entries.append(Entry(id: entry.id, size: -1, modified: -1, digest: entry.digest, scan: 0..<0, notes: 0..<0, ledger: 0..<0))
        }
        return result
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
