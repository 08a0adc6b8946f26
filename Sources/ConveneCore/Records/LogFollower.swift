import Glibc

/// Reads what other processes append to a log, from where it last stopped, never re-reading the file.
public struct LogFollower: Sendable {
    public let path: String
    public private(set) var offset: Int
    private var nextLine: Int

    /// Follows `path` from `offset`, the `endOffset` of the read that opened the meeting.
    public init(path: String, offset: Int, lineNumber: Int) {
        self.path = path
        self.offset = offset
        self.nextLine = lineNumber
    }

    /// Whole lines appended since the last call; a line still being written waits for the next call.
    public mutating func readNew() throws(LogError) -> [Event] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .system("open", path) }
        defer { close(fd) }
        let bytes = try FileBytes.read(fd: fd, path: path, from: offset)
        guard let lastNewline = bytes.lastIndex(of: 0x0A) else { return [] }
        let whole = bytes[...lastNewline]
        let contents = LogLines.read(whole, firstLine: nextLine)
        offset += whole.count
        nextLine += whole.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
        return contents.events
    }
}
