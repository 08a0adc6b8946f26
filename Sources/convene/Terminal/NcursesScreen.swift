import CNcurses
import ConveneTUI
import Glibc

/// The real terminal: draws screen buffers with ncurses, sending only the cells that changed.
final class NcursesScreen {
    private var screen: OpaquePointer?
    private var theme: Theme
    private var drawn: ScreenBuffer?

    /// Opens the terminal, or returns a message saying why it cannot be used.
    static func open(environment: [String: String], mono: Bool) -> Result<NcursesScreen, CLIError> {
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
        return .success(NcursesScreen(screen: screen, mono: mono))
    }

    private init(screen: OpaquePointer, mono: Bool) {
        self.screen = screen
        cbreak()
        noecho()
        nonl()
        keypad(convene_stdscr(), true)
        nodelay(convene_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        var colors = false
        if !mono && has_colors() {
            start_color()
            use_default_colors()
            colors = true
        }
        theme = Theme(kind: mono ? .mono : .color, colorsAvailable: colors)
    }

    var size: Size { Size(width: Int(getmaxx(convene_stdscr())), height: Int(getmaxy(convene_stdscr()))) }

    /// Draws a buffer, writing only runs that differ from the last one drawn.
    func draw(_ buffer: ScreenBuffer) {
        let runs = buffer.changes(since: drawn)
        if drawn?.size != buffer.size { erase() }
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
        drawn = buffer
    }

    /// Forgets what was drawn so the next draw repaints everything (after a resize).
    func invalidate() {
        drawn = nil
        clearok(convene_stdscr(), true)
    }

    /// Every key waiting, without blocking.
    func readKeys() -> [Key] {
        var keys: [Key] = []
        var code: wint_t = 0
        while true {
            let result = get_wch(&code)
            if result == ERR { break }
            if let key = KeyDecoder.key(result: result, code: UInt32(code)) { keys.append(key) }
            if keys.count > 4096 { break }
        }
        return keys
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
