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

    /// Whether a hang-up arrived, or is waiting: a `ppoll` that returns at once (the closed terminal is always
    /// readable) restores the mask before the signal can be delivered, so a blocked SIGHUP may stay pending.
    static var received: Bool {
        var pending = sigset_t()
        sigpending(&pending)
        return hangUpReceived != 0 || sigismember(&pending, SIGHUP) == 1
    }
}
