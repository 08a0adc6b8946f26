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
        // One write for every hit, assembled as bytes: a hundred thousand hits cost one system call and no string growth.
        let dot = Array(" · ".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(hits.count * 160)
        for hit in hits {
            out += hit.meeting.utf8
            out += dot
            out += String(hit.item).utf8
            out += ". ".utf8
            out += Sanitized.inline(hit.itemTitle).utf8
            for part in [hit.place, hit.kind, Sanitized.inline(hit.author)] {
                out += dot
                out += part.utf8
            }
            out += "\n    ".utf8
            out += Sanitized.inline(hit.text).utf8
            out.append(0x0A)
        }
        Output.raw(bytes: out)
        return 0
    }
}
