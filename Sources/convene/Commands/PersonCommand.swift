import ConveneCore
import Foundation

/// `convene person NAME [--json]`: one member's history across every meeting, for preparing a one-to-one.
enum PersonCommand: Command {
    static let name = "person"
    static let usage = "convene person NAME [--json]"
    static let summary = "One person's history: meetings, roles, groups, notes and follow-ups."
    static let details = """
        NAME as on the roster, or its first words when they fit one person only (case and accents may differ). Shows the meetings
        they were expected at and how they came (late, left early, walk-in), roles held, breakout groups and
        who they sat with, notes they wrote and quotes naming them, follow-ups about them and what they hold.
        """
    static let flagOptions: Set<String> = ["--json"]

    static func run(_ arguments: Arguments, _ context: Context) throws(CLIError) -> Int32 {
        let typed = arguments.positional.joined(separator: " ").trimmingSpaces
        guard !typed.isEmpty else { throw .usage("name the person, as on the roster", command: name) }
        let now = context.now()
        let index = RecordsIndex(records: try context.records())
        var history = index.person(typed, now: now)
        if history.isEmpty { history = index.person(try known(typed, index: index, now: now), now: now) }
        if arguments.has("--json") {
            Output.raw(RecordJSON.encode(history))
        } else {
            Output.raw(history.text(today: context.today(now).text))
        }
        return 0
    }

    /// The one name in the records that `typed` means (case and accents aside, or the first words of one name).
    static func known(_ typed: String, index: RecordsIndex, now: Date) throws(CLIError) -> String {
        let names = index.recordedNames(now: now, holdersOnly: false)
        return try KnownName.resolve(typed, among: names, nobody: { "nobody named '\($0)' in the records" },
                                     hint: "; names are as on the roster (see 'convene show MEETING')")
    }
}
