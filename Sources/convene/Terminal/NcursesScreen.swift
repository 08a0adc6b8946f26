import CNcurses
import ConveneTUI
import Glibc

/// The real terminal: draws screen buffers with ncurses, sending only the cells that changed.
final class NcursesScreen {
    private var screen: OpaquePointer?
    private var theme: Theme
    private var drawn: ScreenBuffer?
    /// The signal mask to wait with: SIGWINCH is blocked except while waiting, so a resize that
    /// arrives while drawing is delivered at the next wait instead of being missed.
    private var waitMask = sigset_t()

    /// Opens the terminal, or returns a message saying why it cannot be used.
    static func open(environment: [String: String], theme: Theme.Kind) -> Result<NcursesScreen, CLIError> {
        if let problem = TerminalSupport.problem(environment: environment) { return .failure(.noTerminal(problem)) }
        TerminalSupport.useUTF8Locale()
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
        // No typeahead checks while drawing: ncurses would poll stdin several times in every refresh, and keys are
        // read between frames anyway.
        typeahead(-1)
        // ncurses flushes after every cursor move until the screen has once been suspended and resumed (its
        // "initial" state), so each frame went out as several writes, each waking the terminal; one endwin and
        // refresh now leaves it sending a frame in one write.
        endwin()
        refresh()
        curs_set(0)
        var colors = false
        if kind != .mono && has_colors() {
            start_color()
            use_default_colors()
            colors = true
        }
        theme = Theme(kind: kind, colorsAvailable: colors)
        var resize = sigset_t()
        sigemptyset(&resize)
        sigaddset(&resize, SIGWINCH)
        sigaddset(&resize, SIGHUP)
        HangUp.install()
        pthread_sigmask(SIG_BLOCK, &resize, &waitMask)
        sigdelset(&waitMask, SIGWINCH)
        sigdelset(&waitMask, SIGHUP)
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
        var fds = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0)]
        if let other { fds.append(pollfd(fd: other, events: Int16(POLLIN), revents: 0)) }
        let clamped = max(0, min(timeout, 3600))
        var limit = timespec(tv_sec: Int(clamped), tv_nsec: Int((clamped - clamped.rounded(.down)) * 1e9))
        let ready = ppoll(&fds, nfds_t(fds.count), &limit, &waitMask)
        if HangUp.received { return Wake(inputClosed: true) }
        guard ready > 0 else { return Wake(interrupted: ready < 0) }
        // A terminal that hung up reports POLLIN as well as POLLHUP (reads return end of file), so HUP alone decides.
        let closed = fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
        return Wake(input: fds[0].revents != 0, inputClosed: closed, other: fds.count > 1 && fds[1].revents != 0)
    }

    var size: Size { Size(width: Int(getmaxx(convene_stdscr())), height: Int(getmaxy(convene_stdscr()))) }

    /// Draws a buffer, writing only runs that differ from the last one drawn.
    func draw(_ buffer: ScreenBuffer) {
        let runs = buffer.changes(since: drawn)
        if drawn?.size != buffer.size { erase() }
        send(runs)
        drawn = buffer
    }

    /// Places a block over the screen last drawn, writing only what changed under it; false, and nothing drawn, when
    /// there is no last screen of this size to place it on (so the caller draws the whole screen).
    func place(_ block: ScreenBuffer, x: Int, y: Int, screenSize: Size) -> Bool {
        guard var screen = drawn, screen.size == screenSize else { return false }
        let runs = screen.changes(placing: block, x: x, y: y)
        guard !runs.isEmpty else { return true }
        // Let go of the stored screen first, so the block is written into it in place rather than into a copy.
        drawn = nil
        screen.place(block, x: x, y: y)
        drawn = screen
        send(runs)
        return true
    }

    private func send(_ runs: [ChangedRun]) {
        for run in runs {
            var x = run.x
            var index = 0
            while index < run.cells.count {
                let style = run.cells[index].style
                let start = x
                var text = ""
                while index < run.cells.count && run.cells[index].style == style {
                    text += run.cells[index].text
                    x += 1
                    index += 1
                }
                let look = theme.look(style)
                attr_set(look.attributes, look.pair, nil)
                mvaddstr(Int32(run.y), Int32(start), text)
            }
        }
        attr_set(0, 0, nil)
        refresh()
    }

    /// Forgets what was drawn so the next draw repaints everything (after a resize).
    func invalidate() {
        drawn = nil
        clearok(convene_stdscr(), true)
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
