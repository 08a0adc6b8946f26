import CNcurses
import ConveneTUI
import Glibc

/// The real terminal. ncurses sets it up, reads its keys, rings its bell and gives it back; convene draws on it
/// itself, writing only the cells its own diff found changed, as terminfo says to (`TerminalCodes`).
final class NcursesScreen {
    private var screen: OpaquePointer?
    private var bytes: TerminalBytes
    /// What the terminal shows; nil when unknown (at start, after a resize or a return from Ctrl-Z).
    private var drawn: ScreenBuffer?
    /// The signal mask to wait with: SIGWINCH, SIGHUP and SIGTSTP are blocked except while waiting, so one that
    /// arrives while drawing is handled at the next wait, never missed and never halfway through a frame.
    private var waitMask = sigset_t()

    /// Opens the terminal, or returns a message saying why it cannot be used.
    static func open(environment: [String: String], theme: Theme.Kind) -> Result<NcursesScreen, CLIError> {
        if let problem = TerminalSupport.problem(environment: environment) { return .failure(.noTerminal(problem)) }
        TerminalSupport.useUTF8Locale()
        Suspend.install()
        guard let screen = newterm(nil, convene_stdout(), convene_stdin()) else {
            return .failure(.noTerminal("convene cannot use this terminal (TERM=\(environment["TERM"] ?? "")); try TERM=xterm-256color"))
        }
        set_term(screen)
        let cup = tigetstr("cup")
        guard let cup, Int(bitPattern: cup) != -1 else {
            endwin()
            delscreen(screen)
            return .failure(.noTerminal("this terminal (TERM=\(environment["TERM"] ?? "")) cannot move the cursor, so convene cannot draw on it; try TERM=xterm-256color"))
        }
        return .success(NcursesScreen(screen: screen, theme: theme))
    }

    private init(screen: OpaquePointer, theme kind: Theme.Kind) {
        self.screen = screen
        cbreak()
        noecho()
        nonl()
        keypad(convene_stdscr(), true)
        nodelay(convene_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        // ncurses clears the screen and sends its modes once; stdscr is never drawn on after this, so reading a key
        // never makes ncurses refresh over what convene drew.
        refresh()
        bytes = TerminalBytes(codes: TerminalCodes.read(theme: Theme(kind: kind, colorsAvailable: kind != .mono && has_colors())))
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGWINCH, SIGHUP, SIGTSTP] { sigaddset(&signals, signal) }
        HangUp.install()
        pthread_sigmask(SIG_BLOCK, &signals, &waitMask)
        for signal in [SIGWINCH, SIGHUP, SIGTSTP] { sigdelset(&waitMask, signal) }
    }

    /// What woke a wait.
    struct Wake {
        var input = false
        var inputClosed = false
        var other = false
        /// A signal (a resize) cut the wait short; ncurses turns a resize into a key.
        var interrupted = false
    }

    /// Sleeps until a key, a resize, `other` becoming readable, or `timeout` seconds.
    func wait(other: Int32?, timeout: Double) -> Wake {
        // On the stack, not in an array: an idle second allocates nothing to wait. A descriptor of -1 is skipped.
        var fds = (pollfd(fd: 0, events: Int16(POLLIN), revents: 0), pollfd(fd: other ?? -1, events: Int16(POLLIN), revents: 0))
        let clamped = max(0, min(timeout, 3600))
        var limit = timespec(tv_sec: Int(clamped), tv_nsec: Int((clamped - clamped.rounded(.down)) * 1e9))
        let ready = withUnsafeMutableBytes(of: &fds) { bytes in
            ppoll(bytes.baseAddress?.assumingMemoryBound(to: pollfd.self), 2, &limit, &waitMask)
        }
        if HangUp.received { return Wake(inputClosed: true) }
        if Suspend.asked {
            Suspend.stop()
            invalidate()
            return Wake(interrupted: true)
        }
        guard ready > 0 else { return Wake(interrupted: ready < 0) }
        // A terminal that hung up reports POLLIN as well as POLLHUP (reads return end of file), so HUP alone decides.
        let closed = fds.0.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
        return Wake(input: fds.0.revents != 0, inputClosed: closed, other: fds.1.revents != 0)
    }

    var size: Size { Size(width: Int(getmaxx(convene_stdscr())), height: Int(getmaxy(convene_stdscr()))) }

    /// Draws a buffer, writing only runs that differ from the last one drawn (all of it, on a cleared screen, when
    /// what the terminal shows is not known).
    func draw(_ buffer: ScreenBuffer) {
        let known = drawn?.size == buffer.size ? drawn : nil
        send(buffer.changes(since: known), size: buffer.size, clearing: known == nil)
        drawn = buffer
    }

    /// Places a block over the screen last drawn, writing only what changed under it; false, and nothing drawn, when
    /// there is no last screen of this size to place it on (so the caller draws the whole screen).
    func place(_ block: ScreenBuffer, x: Int, y: Int, screenSize: Size) -> Bool {
        guard var screen = drawn, screen.size == screenSize else { return false }
        // Let go of the stored screen first, so the block is written into it in place rather than into a copy.
        drawn = nil
        let runs = screen.place(block, x: x, y: y)
        drawn = screen
        if !runs.isEmpty { send(runs, size: screenSize, clearing: false) }
        return true
    }

    /// Writes a frame in one `write` where the terminal takes it (one packet over SSH), the rest as it drains.
    private func send(_ runs: [ChangedRun], size: Size, clearing: Bool) {
        let frame = bytes.frame(runs, size: size, clearing: clearing)
        frame.withUnsafeBytes { buffer in
            guard let start = buffer.baseAddress else { return }
            var sent = 0
            while sent < buffer.count {
                let count = write(1, start + sent, buffer.count - sent)
                if count > 0 {
                    sent += count
                } else if count < 0 && errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }

    /// Forgets what was drawn so the next draw repaints everything (after a resize).
    func invalidate() {
        drawn = nil
    }

    /// The keys waiting, without blocking, at most a few thousand at a time so a flood still lets the screen redraw;
    /// `more` says the batch was cut short and more may be waiting.
    func readKeys() -> (keys: [Key], more: Bool) {
        var keys: [Key] = []
        var code: wint_t = 0
        while keys.count <= 4096 {
            let result = get_wch(&code)
            if result == ERR { return (keys, false) }
            if let key = KeyDecoder.key(result: result, code: UInt32(code)) { keys.append(key) }
        }
        return (keys, true)
    }

    func bell() { beep() }
    func flashScreen() { flash() }

    /// Gives the terminal back as it was.
    func close() {
        guard let screen else { return }
        endwin()
        delscreen(screen)
        self.screen = nil
    }

    deinit { close() }
}
