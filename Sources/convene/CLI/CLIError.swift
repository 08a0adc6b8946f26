/// Why a command stopped, and so which exit code it gives: 1 for bad input, 2 for usage or no terminal.
enum CLIError: Error {
    /// Bad input or not found: the message names the file and line, or what to do.
    case input(String)
    /// The command line itself is wrong.
    case usage(String, command: String?)
    /// No usable terminal for a full-screen command.
    case noTerminal(String)

    var exitCode: Int32 {
        switch self {
        case .input: 1
        case .usage, .noTerminal: 2
        }
    }
}
