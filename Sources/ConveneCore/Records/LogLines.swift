/// Splits log bytes into events, separating unreadable lines and a torn final line.
enum LogLines {
    /// Reads `bytes` as log lines numbered from `firstLine`; `endOffset` stops before a torn tail.
    static func read(_ bytes: ArraySlice<UInt8>, firstLine: Int = 1) -> LogContents {
        var contents = LogContents()
        var lineStart = bytes.startIndex
        var number = firstLine
        var lastBad: (bad: LogContents.BadLine, start: Int)?
        while lineStart < bytes.endIndex {
            if let previous = lastBad {
                contents.damaged.append(previous.bad)
                lastBad = nil
            }
            guard let newline = bytes[lineStart...].firstIndex(of: 0x0A) else {
                contents.tornTail = .init(line: number, reason: "the last line has no end (a write was cut short)")
                contents.endOffset = lineStart - bytes.startIndex
                return contents
            }
            let line = bytes[lineStart..<newline]
            if !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
                do {
                    contents.events.append(try EventCodec.decode(line))
                } catch {
                    lastBad = (.init(line: number, reason: error.reason), lineStart)
                }
            }
            lineStart = newline + 1
            number += 1
        }
        if let last = lastBad {
            contents.tornTail = last.bad
            contents.endOffset = last.start - bytes.startIndex
        } else {
            contents.endOffset = lineStart - bytes.startIndex
        }
        return contents
    }
}
