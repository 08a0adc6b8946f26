import ConveneCore

/// `convene resume [MEETING]`: reopens a meeting after quit, crash or lost SSH, with the true elapsed time.
enum ResumeCommand: Command {
    static let name = "resume"
    static let usage = "convene resume [MEETING] [--plain] [--theme color|high-contrast|mono]"
    static let flagOptions: Set<String> = ["--plain"]
    static let valuedOptions: Set<String> = ["--theme"]
    static let summary = "Reopen an unfinished meeting (after quit, crash, lost SSH)."
    static let details = """
        MEETING is an id, a unique prefix of one, or 'latest' (the default: the meeting opened most
        recently). A running item kept running while no screen was open.
        --plain: no full-screen drawing; events are said as sentences and commands typed as words.
        """

    static func run(_ arguments: Arguments, _ context: Context) throws(CLIError) -> Int32 {
        guard arguments.positional.count <= 1 else { throw .usage("name at most one meeting", command: name) }
        let records = try context.records()
        let id: String
        do { id = try records.find(arguments.positional.first ?? "latest") } catch { throw .input(error.message) }
        if arguments.has("--plain") { return try PlainMode.run(id: id, records: records, context: context) }
        let screen = try FacilitatorSession.openScreen(context)
        return try FacilitatorSession.run(id: id, records: records, screen: screen, context: context)
    }
}
