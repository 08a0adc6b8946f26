import Foundation
import Glibc

/// A program started with `posix_spawn` and not yet waited for, so several run at the same time.
final class Spawned {
    private let pid: pid_t
    private let paths: [String]

    init(_ argv: [String], environment: [String: String] = [:]) throws {
        let scratch = NSTemporaryDirectory() + "convene-spawn-" + UUID().uuidString
        paths = [scratch + ".out", scratch + ".err"]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, paths[0], O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, paths[1], O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (cArgs + cEnv).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, cArgs, cEnv)
        guard spawned == 0 else { throw SpawnError(program: argv[0], code: spawned) }
        self.pid = pid
    }

    /// Waits for the program to end and returns its status and output.
    func wait() throws -> RunResult {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let code = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let out = (try? String(contentsOfFile: paths[0], encoding: .utf8)) ?? ""
        let err = (try? String(contentsOfFile: paths[1], encoding: .utf8)) ?? ""
        for path in paths { unlink(path) }
        return RunResult(status: code, stdout: out, stderr: err)
    }
}
