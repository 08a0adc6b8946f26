import CNcurses
import Glibc

/// Decides, before anything is drawn, whether this process has a terminal it can draw on.
///
/// `initscr` does not fail without a terminal (it spins on EOF or exits by itself), so convene checks
/// first and exits 2 with a message saying what to do.
enum TerminalSupport {
    /// A message describing why full-screen drawing is impossible here, or nil when it is possible.
    static func problem(environment: [String: String]) -> String? {
        guard isatty(0) == 1, isatty(1) == 1 else {
            return "convene needs an interactive terminal: its input and output are a pipe or a file here.\n"
                + "Run it in a terminal window, or over SSH with 'ssh -t HOST convene ...',\n"
                + "or add --plain for plain mode: sentences on their own lines and typed commands, for screen readers."
        }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty, term != "dumb" else {
            return "convene cannot draw its screen because TERM is \(term.isEmpty ? "not set" : "'dumb'").\n"
                + "Set a real terminal type, for example: export TERM=xterm-256color,\n"
                + "or add --plain for plain mode: sentences on their own lines and typed commands, for screen readers."
        }
        return nil
    }

    /// Makes wide text render: a UTF-8 locale from the environment, else C.UTF-8.
    static func useUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset != "UTF-8" { setlocale(LC_ALL, "C.UTF-8") }
    }
}
