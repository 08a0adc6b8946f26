import Glibc

/// Set by the SIGHUP handler; read by `NcursesScreen.wait`.
nonisolated(unsafe) private var hangUpReceived: sig_atomic_t = 0

/// A hang-up (the terminal or SSH link went away) ends the screen like closed input, so the live loop
/// leaves cleanly, the terminal is restored, and the meeting stays resumable.
enum HangUp {
    /// Installs the handler; SIGHUP then stays blocked except while `NcursesScreen` waits.
    static func install() {
        hangUpReceived = 0
        signal(SIGHUP) { _ in hangUpReceived = 1 }
    }

    static var received: Bool { hangUpReceived != 0 }
}
