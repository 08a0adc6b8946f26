import ConveneCore

/// `convene stats [--json]`: attendance, growth, notes and timing per meeting and over time.
enum StatsCommand: Command {
    static let name = "stats"
    static let usage = "convene stats [--json]"
    static let summary = "Statistics per meeting and over time, with a text chart of attendance."
    static let details = "Attendance counts the expected people until arrivals are recorded; roles count 0 until roles are recorded."
    static let flagOptions: Set<String> = ["--json"]

    static func run(_ arguments: Arguments, _ context: Context) throws(CLIError) -> Int32 {
        guard arguments.positional.isEmpty else { throw .usage("stats takes no arguments", command: name) }
        let records = RecordsIndex(records: try context.records()).digestsAndPeople(now: context.now())
        let stats = RecordStats(digests: records.digests, people: records.people)
        if arguments.has("--json") {
            Output.raw(RecordJSON.encode(stats))
        } else {
            Output.out(stats.text())
        }
        return 0
    }
}
