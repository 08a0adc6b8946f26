import Glibc

extension Output {
    /// Writes text that already ends as it should (exports, JSON) to standard output unchanged.
    static func raw(_ text: String) {
        var text = text
        text.withUTF8 { write(UnsafeRawBufferPointer($0), to: STDOUT_FILENO) }
    }

    /// Writes bytes a command assembled itself, for output too long to build up as one `String` quickly.
    static func raw(bytes: [UInt8]) {
        bytes.withUnsafeBytes { write($0, to: STDOUT_FILENO) }
    }

    /// Writes every byte, retrying short writes and interrupts. A reader that closed the pipe (`convene followups |
    /// head`) has what it wanted, so convene ends quietly; any other failure is said on standard error with exit 1,
    /// since what follows would be missing.
    static func write(_ bytes: UnsafeRawBufferPointer, to fd: Int32) {
        guard let base = bytes.baseAddress else { return }
        var done = 0
        while done < bytes.count {
            let n = Glibc.write(fd, base + done, bytes.count - done)
            if n > 0 {
                done += n
            } else if n < 0 && errno == EINTR {
                continue
            } else if n < 0 && errno == EPIPE {
                exit(0)
            } else {
                if fd != STDERR_FILENO {
                    let message = Array("convene: could not write the output: \(String(cString: strerror(errno)))\n".utf8)
                    message.withUnsafeBytes { _ = Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
                }
                exit(1)
            }
        }
    }
}
