import Foundation

/// The outcome of running a command to completion.
struct RunResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs a program with arguments and environment, feeding `input` on stdin, and waits for it.
///
/// Output goes through temporary files, not pipes: tests run in parallel, and a daemon started by one
/// (a tmux server) would inherit another's pipe and keep its read from ever ending.
@discardableResult
func run(_ program: String, _ arguments: [String], environment: [String: String] = [:], input: String? = nil) throws -> RunResult {
    let scratch = NSTemporaryDirectory() + "convene-run-" + UUID().uuidString
    let paths = (in: scratch + ".in", out: scratch + ".out", err: scratch + ".err")
    defer { for path in [paths.in, paths.out, paths.err] { try? FileManager.default.removeItem(atPath: path) } }
    for (path, contents) in [(paths.in, input ?? ""), (paths.out, ""), (paths.err, "")] {
        _ = FileManager.default.createFile(atPath: path, contents: Data(contents.utf8))
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let files = (FileHandle(forReadingAtPath: paths.in), FileHandle(forWritingAtPath: paths.out), FileHandle(forWritingAtPath: paths.err))
    process.standardInput = files.0
    process.standardOutput = files.1
    process.standardError = files.2
    try process.run()
    process.waitUntilExit()
    for handle in [files.0, files.1, files.2] { try? handle?.close() }
    let out = (try? String(contentsOfFile: paths.out, encoding: .utf8)) ?? ""
    let err = (try? String(contentsOfFile: paths.err, encoding: .utf8)) ?? ""
    return RunResult(status: process.terminationStatus, stdout: out, stderr: err)
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
