import Foundation

/// The command line of spec §5: finds the command, parses its options, maps failures to exit codes.
enum CLI {
    static let version = "0.1.0"

    static let commands: [any Command.Type] = [
        RunCommand.self, ResumeCommand.self, JoinCommand.self, CheckCommand.self, NoteCommand.self, HelpCommand.self,
        RolesCommand.self, GroupsCommand.self, RepairCommand.self,
        MeetingsCommand.self, ShowCommand.self, ExportCommand.self, SearchCommand.self, StatsCommand.self, ReviewCommand.self,
        FollowUpsCommand.self, PersonCommand.self,
        SiteCommand.self,
    ]

    static func main(_ words: [String]) -> Int32 {
        guard let first = words.first else {
            Output.err(overview)
            return 2
        }
        switch first {
        case "--version", "-V", "version":
            Output.out("convene \(version)")
            return 0
        case "--help", "-h":
            Output.out(overview)
            return 0
        default:
            break
        }
        guard let command = commands.first(where: { $0.name == first }) else {
            Output.err("convene: unknown command '\(first)'\n\n\(overview)")
            return 2
        }
        do throws(CLIError) {
            let arguments = try Arguments(Array(words.dropFirst()), valued: command.valuedOptions, flags: command.flagOptions, command: command.name)
            if arguments.has("--help") || arguments.has("-h") {
                Output.out(command.helpText)
                return 0
            }
            return try command.run(arguments, Context(environment: ProcessInfo.processInfo.environment, arguments: arguments))
        } catch {
            switch error {
            case .input(let message), .noTerminal(let message):
                Output.err(message)
            case .usage(let message, let name):
                let usage = name.flatMap { n in commands.first { $0.name == n }?.usage }
                Output.err("convene: \(message)" + (usage.map { "\nusage: \($0)" } ?? ""))
            }
            return error.exitCode
        }
    }

    static var overview: String {
        var lines = ["convene \(version): run visioning meetings and trainings, and keep an honest record.", "", "Commands:"]
        for command in commands where command.name != "help" {
            lines.append("  " + command.usage)
            lines.append("      " + command.summary)
        }
        lines.append("  convene help [COMMAND] | convene COMMAND --help | convene --version")
        lines.append("")
        lines.append("Global options: --records DIR (else $CONVENE_HOME, else ~/.local/share/convene), --no-color (or NO_COLOR)")
        lines.append("Exit codes: 0 ok; 1 bad input or not found; 2 usage error or no usable terminal.")
        return lines.joined(separator: "\n")
    }
}
