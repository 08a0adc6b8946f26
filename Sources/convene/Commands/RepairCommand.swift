import ConveneCore

/// `convene repair MEETING`: sets unreadable lines aside so a damaged meeting can be resumed and written again.
enum RepairCommand: Command {
    static let name = "repair"
    static let usage = "convene repair MEETING"
    static let summary = "Set a damaged log's unreadable lines aside so the meeting opens normally."
    static let details = """
        MEETING is an id, a unique prefix of one, or 'latest'. Unreadable lines go to <id>.jsonl.damaged,
        each after its line number; every readable line stays in order. Nothing is deleted.
        """

    static func run(_ arguments: Arguments, _ context: Context) throws(CLIError) -> Int32 {
        guard arguments.positional.count == 1 else { throw .usage("name one meeting", command: name) }
        let records = try context.records()
        do {
            let log = records.log(try records.find(arguments.positional[0]))
            let report = try log.repair()
            guard !report.setAside.isEmpty else {
                Output.out("nothing to repair: every line of \(log.path) is readable (\(report.keptEvents) events)")
                return 0
            }
            let numbers = report.setAside.map { String($0.line) }.joined(separator: ", ")
            Output.out("set \(report.setAside.count) unreadable line(s) aside (line \(numbers)) into \(log.damagedPath)")
            for bad in report.setAside { Output.out("  line \(bad.line): \(Sanitized.inline(bad.reason))") }
            Output.out("kept \(report.keptEvents) events in order in \(log.path); the meeting opens normally again")
            return 0
        } catch {
            throw .input(error.message)
        }
    }
}
