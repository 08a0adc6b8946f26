/// Turns a file's bytes into lines of text, refusing what is not UTF-8 text with the line at fault.
public enum TextLines {
    /// The file's lines (without `\n` or `\r\n`), or an error naming the first line that is not text.
    public static func decode(_ bytes: [UInt8], file: String) throws(InputError) -> [String] {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var rawLines = body.split(separator: 0x0A, omittingEmptySubsequences: false)
        if rawLines.last?.isEmpty == true { rawLines.removeLast() }
        var lines: [String] = []
        lines.reserveCapacity(rawLines.count)
        for (offset, raw) in rawLines.enumerated() {
            let content = raw.last == 0x0D ? raw.dropLast() : raw
            if content.contains(0) {
                throw InputError(file: file, line: offset + 1, message: "this is not a text file (it contains a NUL byte)")
            }
            guard let line = String(validating: content, as: UTF8.self) else {
                throw InputError(file: file, line: offset + 1, message: "this line is not UTF-8 text; save the file as UTF-8")
            }
            lines.append(line)
        }
        return lines
    }
}
