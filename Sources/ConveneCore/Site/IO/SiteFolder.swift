import Foundation
import Glibc

/// The I/O edge of the site: the output folder, checked before anything is written, and the only code that writes,
/// reads back or removes its files. Files are replaced atomically (a temporary name, then `rename`) and are private
/// to their owner like every convene file (folders 0700, files 0600); only files the site itself made are removed.
public struct SiteFolder: Sendable {
    public let root: String

    static let state = ".convene-site"
    static let manifestPath = state + "/manifest.jsonl"

    /// The folder at `path`, made a site when new or empty. Refused: a file, a folder that is neither empty nor a
    /// convene site, and any folder inside the records folder (`records`), so no record can be overwritten.
    public static func open(_ path: String, records: String) throws(LogError) -> SiteFolder {
        let site = resolved(path), home = resolved(records)
        if site == home || site.hasPrefix(home.hasSuffix("/") ? home : home + "/") {
            throw LogError("\(path) is inside the records folder \(records); choose a folder outside it for the site")
        }
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else { throw LogError("\(path) is a file, not a folder; choose a new or empty folder for the site") }
            // A folder holding only the site's state folder is one a run has just begun, or one a first run left cut short.
            let names = try contents(path)
            if !names.isEmpty && names != [state] {
                guard let bytes = try? FileBytes.read(path + "/" + manifestPath), SiteManifest.isMarked(bytes) else {
                    throw LogError("\(path) is not empty and is not a convene site (it has no \(manifestPath)); choose a new or empty folder, "
                                   + "or the folder of an earlier 'convene site'")
                }
            }
        } else {
            guard errno == ENOENT else { throw .system("open", path) }
            try makeFolders(path)
        }
        let folder = SiteFolder(root: path)
        try folder.folder(state)
        // Marked under the lock: another run clearing leftovers must not take this run's half-written manifest for one.
        try folder.exclusively { () throws(LogError) in
            if (try? FileBytes.read(path + "/" + manifestPath)).map(SiteManifest.isMarked) != true {
                try folder.write(SiteManifest(renderer: 0).bytes(), to: manifestPath)
            }
        }
        return folder
    }

    /// Runs `body` holding an exclusive lock on the site's state folder, after clearing what a cut-short run left:
    /// two runs into one folder take turns instead of removing each other's half-written files.
    public func exclusively<T>(_ body: () throws(LogError) -> T) throws(LogError) -> T {
        let fd = Glibc.open(root + "/" + Self.state, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .system("open", root + "/" + Self.state) }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
        removeLeftovers()
        return try body()
    }

    /// The manifest as saved, or nil when it cannot be read as one (then every meeting is rendered again).
    public func manifest() -> SiteManifest? {
        (try? FileBytes.read(root + "/" + Self.manifestPath)).flatMap(SiteManifest.parse)
    }

    public func read(_ relative: String) -> [UInt8]? { try? FileBytes.read(root + "/" + relative) }

    /// Whether `relative` is there with something in it: a page a crash left empty is written again.
    public func holds(_ relative: String) -> Bool { size(relative) ?? 0 > 0 }

    /// The size of `relative` in bytes; nil when it is not there.
    public func size(_ relative: String) -> Int? {
        var info = stat()
        return stat(root + "/" + relative, &info) == 0 ? Int(info.st_size) : nil
    }

    /// Makes the subfolder `relative` (0700) when missing.
    public func folder(_ relative: String) throws(LogError) {
        guard mkdir(root + "/" + relative, 0o700) == 0 || errno == EEXIST else { throw .system("create", root + "/" + relative) }
    }

    /// Replaces `relative` with `bytes` through a temporary file and `rename`, so a reader never sees half a page;
    /// `durably` waits for the disk first (the manifest, so it never names a page the disk has not got).
    public func write(_ bytes: [UInt8], to relative: String, durably: Bool = false) throws(LogError) {
        let path = root + "/" + relative
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        // The process and thread in the name: no two writers, even in one process, ever share a temporary file.
        let temporary = String(path[..<slash]) + "." + String(path[slash...]) + ".tmp-\(getpid())-\(UInt(pthread_self()))"
        let fd = Glibc.open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .system("create", temporary) }
        do {
            try FileBytes.writeAll(fd: fd, bytes, path: temporary)
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        if durably { fsync(fd) }
        close(fd)
        guard rename(temporary, path) == 0 else {
            let failure = LogError.system("replace", path)
            unlink(temporary)
            throw failure
        }
    }

    /// Writes `bytes` unless the file already holds exactly them; true when it wrote.
    @discardableResult
    public func update(_ bytes: [UInt8], at relative: String) throws(LogError) -> Bool {
        guard read(relative) != bytes else { return false }
        try write(bytes, to: relative)
        return true
    }

    /// Removes one of the site's own files.
    public func remove(_ relative: String) {
        unlink(root + "/" + relative)
    }

    /// Deletes temporary files a run cut short left behind (`.NAME.tmp-PID-THREAD`, only ever made by `write`); only called
    /// under the lock, when no other run is writing.
    func removeLeftovers() {
        for folder in ["", "meetings/", "series/", Self.state + "/"] {
            for name in (try? Self.contents(root + "/" + folder)) ?? [] where name.hasPrefix(".") && name.contains(".tmp-") {
                guard let dash = name.range(of: ".tmp-", options: .backwards),
                      name[dash.upperBound...].allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }) else { continue }
                unlink(root + "/" + folder + name)
            }
        }
    }

    static func contents(_ path: String) throws(LogError) -> [String] {
        do { return try FileManager.default.contentsOfDirectory(atPath: path) } catch { throw LogError("cannot read the folder \(path)") }
    }

    static func makeFolders(_ path: String) throws(LogError) {
        guard mkdir(path, 0o700) != 0 else { return }
        if errno == ENOENT {
            let parent = (path as NSString).deletingLastPathComponent
            if !parent.isEmpty && parent != path { try makeFolders(parent) }
            guard mkdir(path, 0o700) == 0 || errno == EEXIST else { throw .system("create", path) }
        } else if errno != EEXIST {
            throw .system("create", path)
        }
    }

    /// The absolute path with links resolved; for a path that does not exist yet, its nearest existing folder's
    /// resolved path with the rest appended.
    static func resolved(_ path: String) -> String {
        if let real = realpath(path, nil) {
            defer { free(real) }
            return String(cString: real)
        }
        let parent = (path as NSString).deletingLastPathComponent, name = (path as NSString).lastPathComponent
        if parent == path { return path }
        return resolved(parent.isEmpty ? "." : parent) + "/" + name
    }
}
