import Foundation
import Glibc

/// A real terminal for end-to-end tests: a private tmux server running one command in a pane.
///
/// Each instance has its own socket, so tests run in parallel without seeing each other.
final class Tmux {
    struct Timeout: Error, CustomStringConvertible {
        var waitingFor: String
        var screen: String
        var description: String { "timed out waiting for \(waitingFor); the screen was:\n\(screen)" }
    }

    let socket = "convene-e2e-" + UUID().uuidString.prefix(8)
    private var sessions: [String] = []

    /// Starts `command` (a shell command line) in a detached session of the given size.
    /// Panes stay after their program exits, so a test can read its last screen and exit status.
    init(width: Int = 100, height: Int = 30, command: String, session: String = "main") throws {
        try tmux(["start-server", ";", "set-option", "-g", "remain-on-exit", "on", ";",
                  "new-session", "-d", "-s", session, "-x", String(width), "-y", String(height), recorded(command, session)])
    }

    /// Opens another session on the same server (another person's terminal).
    func open(session: String, width: Int = 100, height: Int = 30, command: String) throws {
        try tmux(["new-session", "-d", "-s", session, "-x", String(width), "-y", String(height), recorded(command, session)])
    }

    /// The command followed by writing its exit status to a file (tmux 3.3 does not report it).
    private func recorded(_ command: String, _ session: String) -> String {
        sessions.append(session)
        return "\(command); echo $? > \(shellQuote(statusPath(session)))"
    }

    private func statusPath(_ session: String) -> String { NSTemporaryDirectory() + socket + "-" + session + ".status" }

    /// Sends key names such as `Space`, `Enter`, `Escape`, `q`.
    func send(_ keys: String..., to session: String = "main") throws {
        try tmux(["send-keys", "-t", session] + keys)
    }

    /// Types literal text (UTF-8, wide characters, escape sequences) as if pasted.
    func type(_ text: String, to session: String = "main") throws {
        try tmux(["send-keys", "-t", session, "-l", text])
    }

    func screen(_ session: String = "main") -> String {
        (try? tmux(["capture-pane", "-p", "-t", session])) ?? ""
    }

    /// The screen with colour and attribute escapes, to check styles.
    func styledScreen(_ session: String = "main") -> String {
        (try? tmux(["capture-pane", "-p", "-e", "-t", session])) ?? ""
    }

    func resize(width: Int, height: Int, session: String = "main") throws {
        try tmux(["resize-window", "-t", session, "-x", String(width), "-y", String(height)])
    }

    /// The process id of the program the pane's shell is running.
    ///
    /// Throws rather than return a non-positive pid: `kill(-1, ...)` as root would signal every process.
    func programPID(_ session: String = "main") throws -> Int32 {
        let shell = Int32(try tmux(["list-panes", "-t", session, "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        guard let pid = children.split(separator: " ").first.flatMap({ Int32($0) }), pid > 0 else {
            throw Timeout(waitingFor: "the pane's program to be running", screen: screen(session))
        }
        return pid
    }

    /// Ends the tmux server and every pane with it, as a closed terminal window or a dropped SSH link would.
    func killServer() throws {
        try tmux(["kill-server"])
    }

    /// The exit status of the pane's program once it has exited.
    func exitStatus(_ session: String = "main") -> Int32? {
        (try? String(contentsOfFile: statusPath(session), encoding: .utf8)).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// Whether the pane's program has exited.
    func exited(_ session: String = "main") -> Bool { exitStatus(session) != nil }

    /// Polls the screen until `condition` holds, never by fixed sleeps; throws with the screen on timeout.
    @discardableResult
    func wait(for description: String, in session: String = "main", timeout: TimeInterval = 10, until condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = screen(session)
            if condition(last) { return last }
            usleep(30_000)
        }
        throw Timeout(waitingFor: description, screen: last)
    }

    /// Waits until the screen shows `text`.
    @discardableResult
    func wait(for text: String, in session: String = "main", timeout: TimeInterval = 10) throws -> String {
        try wait(for: "'\(text)'", in: session, timeout: timeout) { $0.contains(text) }
    }

    /// Waits until the pane's program has exited.
    func waitForExit(_ session: String = "main", timeout: TimeInterval = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if exited(session) { return }
            usleep(30_000)
        }
        throw Timeout(waitingFor: "the program to exit", screen: screen(session))
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        try run("/usr/bin/tmux", ["-L", socket, "-f", "/dev/null"] + arguments, environment: ["TMUX": ""]).stdout
    }

    deinit {
        _ = try? run("/usr/bin/tmux", ["-L", socket, "kill-server"])
        for session in sessions { unlink(statusPath(session)) }
    }
}

/// A shell command line that runs convene with a records folder and any extra environment.
func conveneCommand(_ arguments: [String], records: String, environment: [String: String] = [:]) -> String {
    let env = (["CONVENE_HOME": records, "TERM": "xterm-256color", "LANG": "C.UTF-8"].merging(environment) { $1 })
        .sorted { $0.key < $1.key }.map { "\($0.key)=\(shellQuote($0.value))" }.joined(separator: " ")
    return "env \(env) \(shellQuote(Binary.path)) " + arguments.map(shellQuote).joined(separator: " ")
}

func shellQuote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
