import ConveneCore

/// `convene followups`: every open action and follow-up across all meetings, and the subcommands that close,
/// reassign, drop, date or assign them, each written to the log of the meeting the item came from.
enum FollowUpsCommand: Command {
    static let name = "followups"
    static let usage = "convene followups [--mine NAME] [--open|--all] [--json] | done|reassign|drop|due ID … | assign MEETING [--write] [--organizers NAMES]"
    static let summary = "Track actions and one-to-one follow-ups to done across meetings."
    static let details = """
        convene followups [--mine NAME] [--open|--all] [--json]
            Every open action and follow-up (--all: done and dropped too), grouped by owner or organizer,
            oldest first; overdue items are marked OVERDUE. --mine NAME shows only what NAME holds.
        convene followups done ID --outcome TEXT [--assessment 1-5]
            Marks it done, with what came of it and, optionally, how it went from 1 (poorly) to 5 (very well).
        convene followups reassign ID --to NAME
            Gives an action a new owner or a follow-up a new organizer.
        convene followups drop ID --reason TEXT
            Lets it go; it no longer counts as open.
        convene followups due ID YYYY-MM-DD
            Sets when it is due.
        convene followups assign MEETING [--write] [--organizers "Ana, Kofi"]
            Proposes an organizer for a one-to-one with every attendee who has none, new people first, fairly:
            the lightest open load first, then someone they have not talked with before, an experienced
            organizer for a new person, then whoever talked with them least recently. Organizers are the
            attendees tagged 'organizer', else the members who are not new, unless --organizers names them.
            Nothing is written until --write, which records each as a follow-up in that meeting's log.
        ID is the short id listed (k7q2xm), a unique start of it, or MEETING/NOTE. Every change is appended
        to the log of the meeting the item came from (--by NAME says who made it), so the record keeps it.
        """
    static let valuedOptions: Set<String> = ["--mine", "--outcome", "--assessment", "--to", "--reason", "--by", "--organizers"]
    static let flagOptions: Set<String> = ["--open", "--all", "--json", "--write"]

    static func run(_ arguments: Arguments, _ context: Context) throws(CLIError) -> Int32 {
        switch arguments.positional.first {
        case nil: return try FollowUpsList.run(arguments, context)
        case "done", "reassign", "drop", "due": return try FollowUpsChange.run(arguments, context)
        case "assign": return try FollowUpsAssign.run(arguments, context)
        case let other?:
            throw .usage("unknown followups subcommand '\(Sanitized.inline(other))'; use done, reassign, drop, due or assign", command: name)
        }
    }
}
