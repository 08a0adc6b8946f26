import Foundation
import Glibc

/// Runs `convene` with stdin on a pipe the test writes to over time and stdout in a file, with no
/// terminal at all, as a screen reader's shell or a script would.
///
/// Both pipe ends are made close-on-exec at once (Glibc's overlay lacks `pipe2`), so a tmux server another test starts never inherits them.
final class PipeDriver {
    struct Timeout: Error, CustomStringConvertible {
        var waitingFor: String
        var output: String
        var description: String { "timed out waiting for \(waitingFor); the output was:\n\(output)" }
    }

    let pid: pid_t
    private var input: Int32
    private let outPath = NSTemporaryDirectory() + "convene-pipe-" + UUID().uuidString

    init(_ arguments: [String], environment: [String: String]) throws {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw SpawnError(program: "pipe", code: errno) }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        input = ends[1]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends[0], 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, outPath + ".err", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = nil
        for (key, value) in environment { env[key] = value }
        let argv = ([Binary.path] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, Binary.path, &actions, nil, argv, envp)
        close(ends[0])
        guard spawned == 0 else {
            close(ends[1])
            throw SpawnError(program: Binary.path, code: spawned)
        }
        self.pid = pid
    }

    /// Types one line.
    func send(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
    }

    var output: String { (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "" }

    /// Polls the output until it contains `text`, never by fixed sleeps.
    @discardableResult
    func wait(for text: String, timeout: TimeInterval = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let now = output
            if now.contains(text) { return now }
            usleep(30_000)
        }
        throw Timeout(waitingFor: "'\(text)'", output: output)
    }

    /// Closes stdin (end of input) and waits for the process; returns its exit status.
    func finish() -> Int32 {
        if input >= 0 { close(input) }
        input = -1
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    deinit {
        if input >= 0 {
            close(input)
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        unlink(outPath)
        unlink(outPath + ".err")
    }
}
