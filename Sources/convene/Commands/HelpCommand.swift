/// `convene help [COMMAND]`: the command list, or one command's usage and details.
enum HelpCommand: Command {
    static let name = "help"
    static let usage = "convene help [COMMAND]"
    static let summary = "Show the commands, or the usage of one command."
    static let details = ""

    static func run(_ arguments: Arguments, _ context: Context) throws(CLIError) -> Int32 {
        guard let topic = arguments.positional.first else {
            Output.out(CLI.overview)
            return 0
        }
        guard let command = CLI.commands.first(where: { $0.name == topic }) else {
            throw .usage("no command '\(topic)'; 'convene help' lists them", command: nil)
        }
        Output.out(command.helpText)
        return 0
    }
}
