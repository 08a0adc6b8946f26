import Foundation
import Glibc

/// The folder that holds every meeting's log (`meetings/<id>.jsonl`), private to its owner.
public struct RecordsFolder: Sendable {
    public let root: String

    public init(root: String) { self.root = root }

    public var meetingsPath: String { root + "/meetings" }

    public func logPath(_ id: String) -> String { meetingsPath + "/" + id + ".jsonl" }

    public func log(_ id: String) -> EventLogFile { EventLogFile(path: logPath(id)) }

    /// Creates the folder and `meetings/` with mode 0700 when missing. A folder that already existed keeps its mode
    /// (`--records` may name a folder others use), except `meetings/`, which is convene's own.
    public func prepare() throws(LogError) {
        for path in [root, meetingsPath] {
            var made = mkdir(path, 0o700) == 0
            if !made && errno == ENOENT {
                try RecordsFolder(root: (path as NSString).deletingLastPathComponent).prepareParent()
                made = mkdir(path, 0o700) == 0
            }
            guard made || errno == EEXIST else { throw .system("create the records folder", path) }
            if made || path == meetingsPath { chmod(path, 0o700) }
        }
    }

    private func prepareParent() throws(LogError) {
        guard !root.isEmpty, root != "/" else { return }
        if mkdir(root, 0o700) != 0 && errno == ENOENT {
            try RecordsFolder(root: (root as NSString).deletingLastPathComponent).prepareParent()
            guard mkdir(root, 0o700) == 0 || errno == EEXIST else { throw .system("create", root) }
        }
    }

    /// Ids of every meeting log in the folder, sorted.
    public func meetingIDs() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: meetingsPath)) ?? []
        return names.compactMap { name in
            guard name.hasSuffix(".jsonl") else { return nil }
            let id = String(name.dropLast(6))
            return MeetingID.isValid(id) ? id : nil
        }.sorted()
    }

    /// Starts a new meeting log whose first line is `opened`, choosing a free id for `day`.
    ///
    /// When the disk refuses that first line, the file just made is still empty and is removed again: a log that
    /// holds no meeting would only stand in the way of `resume latest`.
    public func create(opened: MeetingOpened, day: AgendaDate, at: Date, by: String) throws(LogError) -> String {
        try prepare()
        var taken = Set(meetingIDs())
        while true {
            let id = MeetingID.make(title: opened.agenda.title, day: day, taken: taken)
            let fd = open(logPath(id), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if fd < 0 {
                guard errno == EEXIST else { throw .system("create", logPath(id)) }
                taken.insert(id)
                continue
            }
            fchmod(fd, 0o600)
            close(fd)
            var first = opened
            first.id = id
            do {
                try log(id).append([Event(at: at, by: by, first)])
            } catch {
                unlink(logPath(id))
                throw error
            }
            return id
        }
    }
}
