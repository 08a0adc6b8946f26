import CNcurses
import Glibc

/// Set by the SIGTSTP handler; read by `NcursesScreen.wait`.
nonisolated(unsafe) private var suspendAsked: sig_atomic_t = 0

/// Ctrl-Z. ncurses' own handler would, on return, repaint only what ncurses drew, which is nothing now that convene
/// draws for itself; so convene takes SIGTSTP: it gives the terminal back, stops, and when continued redraws whole.
/// Without job control (a program started straight in a tmux pane) the stop does not happen and the screen is
/// simply drawn again. SIGTSTP stays blocked except while `NcursesScreen` waits.
enum Suspend {
    /// Must come before `newterm`, which installs ncurses' handler only where none is set.
    static func install() {
        suspendAsked = 0
        signal(SIGTSTP) { _ in suspendAsked = 1 }
    }

    static var asked: Bool { suspendAsked != 0 }

    /// Gives the terminal back, stops as Ctrl-Z would, and takes the terminal again once continued.
    static func stop() {
        endwin()
        signal(SIGTSTP, SIG_DFL)
        var stopSignal = sigset_t()
        sigemptyset(&stopSignal)
        sigaddset(&stopSignal, SIGTSTP)
        pthread_sigmask(SIG_UNBLOCK, &stopSignal, nil)
        raise(SIGTSTP)
        pthread_sigmask(SIG_BLOCK, &stopSignal, nil)
        install()
        refresh()
    }
}
