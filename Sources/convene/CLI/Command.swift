/// One `convene` subcommand: its name, help text, options, and what it does.
protocol Command: Sendable {
    static var name: String { get }
    /// The usage line, such as `convene check AGENDA...`.
    static var usage: String { get }
    /// One line for the command list.
    static var summary: String { get }
    /// What `convene help COMMAND` adds below the usage line.
    static var details: String { get }
    static var valuedOptions: Set<String> { get }
    static var flagOptions: Set<String> { get }
    /// Runs the command and returns its exit code; throws `CLIError` for the failures it names.
    static func run(_ arguments: Arguments, _ context: Context) throws(CLIError) -> Int32
}

extension Command {
    static var valuedOptions: Set<String> { [] }
    static var flagOptions: Set<String> { [] }

    static var helpText: String { "usage: \(usage)\n\n\(summary)\n" + (details.isEmpty ? "" : "\n\(details)\n") }
}
