import Foundation
import Glibc

/// The outcome of running a command to completion.
struct RunResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs a program with arguments and environment, feeding `input` on stdin, and waits for it.
///
/// It uses `posix_spawn` and `waitpid` rather than Foundation's `Process`, whose exit notification can
/// stall under a parallel test runner, and temporary files rather than pipes, because a daemon started by
/// one test (a tmux server) would inherit another test's pipe and keep its read from ever ending.
@discardableResult
func run(_ program: String, _ arguments: [String], environment: [String: String] = [:], input: String? = nil) throws -> RunResult {
    let scratch = NSTemporaryDirectory() + "convene-run-" + UUID().uuidString
    let paths = [scratch + ".in", scratch + ".out", scratch + ".err"]
    defer { for path in paths { unlink(path) } }
    _ = FileManager.default.createFile(atPath: paths[0], contents: Data((input ?? "").utf8))
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, paths[0], O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, paths[1], O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, paths[2], O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    var env = ProcessInfo.processInfo.environment
    for (key, value) in environment { env[key] = value }
    let argv = ([program] + arguments).map { strdup($0) } + [nil]
    let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var attributes = cleanSignals()
    defer { posix_spawnattr_destroy(&attributes) }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, program, &actions, &attributes, argv, envp)
    guard spawned == 0 else { throw SpawnError(program: program, code: spawned) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let exited = status & 0x7f == 0
    let code = exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    let out = (try? String(contentsOfFile: paths[1], encoding: .utf8)) ?? ""
    let err = (try? String(contentsOfFile: paths[2], encoding: .utf8)) ?? ""
    return RunResult(status: code, stdout: out, stderr: err)
}

struct SpawnError: Error {
    var program: String
    var code: Int32
}

/// Runs `convene` itself.
@discardableResult
func convene(_ arguments: [String], environment: [String: String] = [:], input: String? = nil) throws -> RunResult {
    try run(Binary.path, arguments, environment: environment, input: input)
}

/// A fresh private folder for one test's records, removed when the test ends.
final class TemporaryFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "convene-test-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// Spawn attributes that give the child no blocked signals and default handlers, as a shell would.
///
/// The test runner's threads block signals such as SIGTERM; a tmux server inheriting that mask ignores its own
/// `kill-server`, so servers (and the programs in their panes) would outlive every test.
private func cleanSignals() -> posix_spawnattr_t {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigmask(&attributes, &none)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGHUP, SIGINT, SIGTERM, SIGQUIT, SIGPIPE, SIGCHLD, SIGWINCH] { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    return attributes
}
