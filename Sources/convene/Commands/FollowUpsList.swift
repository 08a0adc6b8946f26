import ConveneCore

/// `convene followups [--mine NAME] [--open|--all] [--json]`: the list organizers work through.
enum FollowUpsList {
    static func run(_ arguments: Arguments, _ context: Context) throws(CLIError) -> Int32 {
        guard !(arguments.has("--open") && arguments.has("--all")) else {
            throw .usage("give --open or --all, not both", command: FollowUpsCommand.name)
        }
        let now = context.now()
        let index = RecordsIndex(records: try context.records())
        let openOnly = !arguments.has("--all")
        var items: [FollowUpItem]
        if let typed = arguments.values["--mine"] {
            // A name typed exactly as recorded needs one pass; only otherwise are all holders read to match it.
            items = index.followUps(now: now, openOnly: openOnly, holder: typed)
            if items.isEmpty {
                let name = try holder(typed, among: index.followUpHolders(now: now))
                if name != typed { items = index.followUps(now: now, openOnly: openOnly, holder: name) }
            }
        } else {
            items = index.followUps(now: now, openOnly: openOnly)
        }
        if arguments.has("--json") {
            Output.raw(RecordJSON.encode(items))
            return 0
        }
        guard !items.isEmpty else {
            Output.out(arguments.has("--all") ? "No actions or follow-ups recorded." : "Nothing open: every action and follow-up is done or dropped.")
            return 0
        }
        FollowUpsReport.write(items, today: context.today(now).text) { Output.raw(bytes: $0) }
        return 0
    }

    /// The holder `typed` names: exactly, else the one whose name folds (case, accents) to the same; an error that
    /// lists close names when nobody holds anything under that name.
    static func holder(_ typed: String, among holders: Set<String>) throws(CLIError) -> String {
        if holders.contains(typed) { return typed }
        let folded = NoteSearch.fold(typed.trimmingSpaces)
        let same = holders.filter { NoteSearch.fold($0) == folded }
        if same.count == 1, let name = same.first { return name }
        let close = holders.filter { NoteSearch.fold($0).contains(folded) }.sorted().prefix(5)
        let shown = DisplayWidth.truncate(Sanitized.inline(typed), to: 40)
        throw .input("nobody named '\(shown)' holds an action or follow-up in the records"
                     + (close.isEmpty ? "" : "; did you mean " + close.map { "'\(Sanitized.inline($0))'" }.joined(separator: ", ") + "?"))
    }
}
