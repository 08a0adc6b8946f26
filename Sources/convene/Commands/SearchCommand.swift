import ConveneCore

/// `convene search QUERY [--json]`: notes across every meeting, ignoring case and accents, newest first.
enum SearchCommand: Command {
    static let name = "search"
    static let usage = "convene search QUERY [--json]"
    static let summary = "Find notes across all meetings (case- and accent-insensitive)."
    static let details = "Each hit names the meeting, item, where (room or group), kind and author."
    static let flagOptions: Set<String> = ["--json"]

    static func run(_ arguments: Arguments, _ context: Context) throws(CLIError) -> Int32 {
        let query = arguments.positional.joined(separator: " ")
        guard !query.trimmingCharacters(in: .whitespaces).isEmpty else { throw .usage("give words to search for", command: name) }
        let hits = RecordsIndex(records: try context.records()).search(query, now: context.now())
        if arguments.has("--json") {
            Output.raw(RecordJSON.encode(hits))
            return 0
        }
        guard !hits.isEmpty else {
            Output.out("No notes match.")
            return 0
        }
        // One write for every hit: thousands of hits cost no more system calls than one.
        var text = ""
        for hit in hits {
            text += "\(hit.meeting) · \(hit.item). \(Sanitized.inline(hit.itemTitle)) · \(hit.place) · \(hit.kind) · \(Sanitized.inline(hit.author))"
            text += "\n    " + Sanitized.inline(hit.text) + "\n"
        }
        Output.raw(text)
        return 0
    }
}
