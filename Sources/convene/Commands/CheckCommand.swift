import ConveneCore

/// `convene check AGENDA...`: validates agendas and prints their items, total and planned end.
enum CheckCommand: Command {
    static let name = "check"
    static let usage = "convene check AGENDA..."
    static let summary = "Validate agendas; print items, total and end time."
    static let details = "Every problem is reported as FILE:LINE: message. Exit 1 when any agenda is invalid."

    static func run(_ arguments: Arguments, _ context: Context) throws(CLIError) -> Int32 {
        guard !arguments.positional.isEmpty else { throw .usage("name at least one agenda file", command: name) }
        var failed = false
        for (index, file) in arguments.positional.enumerated() {
            do throws(CLIError) {
                let agenda = try AgendaFile.load(file)
                if index > 0 { Output.out("") }
                Output.out(AgendaSummary.text(agenda, file: file))
            } catch {
                if case .input(let message) = error { Output.err(message) }
                failed = true
            }
        }
        return failed ? 1 : 0
    }
}
