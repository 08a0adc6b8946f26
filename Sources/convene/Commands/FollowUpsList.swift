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
                let name = try holder(typed, among: index.recordedNames(now: now, holdersOnly: true))
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

    /// The holder `typed` names: exactly, else the one it means (case and accents aside, or the first words of one
    /// name); an error that lists the names it could mean, or close ones, when it fits no one holding anything.
    static func holder(_ typed: String, among holders: Set<String>) throws(CLIError) -> String {
        if holders.contains(typed) { return typed }
        return try KnownName.resolve(typed, among: holders, nobody: { "nobody named '\($0)' holds an action or follow-up in the records" })
    }
}
