import ConveneCore
import Foundation

/// `convene roles AGENDA --roster FILE` (a dry run of suggestions) and `convene roles history [--json]`.
enum RolesCommand: Command {
    static let name = "roles"
    static let usage = "convene roles AGENDA --roster FILE | convene roles history [--json]"
    static let summary = "Suggest who holds each role, fairly, from past meetings; or list who held which role."
    static let details = """
        With an agenda and roster, prints a suggested holder for every role slot, treating everyone on the roster as
        present and using the records' history (fewest roles first, then fewest of this role, then least recently;
        new members first where a facilitator or experienced member shares the slot group). Nothing is written.
        'history' prints who held which role in each meeting and how many roles each person has held.
        """
    static let valuedOptions: Set<String> = ["--roster"]
    static let flagOptions: Set<String> = ["--json"]

    static func run(_ arguments: Arguments, _ context: Context) throws(CLIError) -> Int32 {
        if arguments.positional == ["history"] {
            Output.out(RolesReport.history(RecordsIndex(records: try context.records()).roleHistory(now: context.now()), json: arguments.has("--json")))
            return 0
        }
        guard arguments.positional.count == 1, let file = arguments.positional.first else {
            throw .usage("name one agenda file, or 'history'", command: name)
        }
        guard let rosterPath = arguments.values["--roster"] else { throw .usage("--roster FILE is needed", command: name) }
        let agenda = try AgendaFile.load(file)
        let roster = try RosterFile.load(rosterPath)
        let meeting = Meeting(opened: MeetingOpened(id: "", agendaFile: file, agenda: agenda, roster: roster), at: context.now(),
                              by: context.author())
        let slots = meeting.roleSlots
        let suggested = RoleSuggester.suggest(slots: slots, holders: [:], present: roster.people,
                                              history: RecordsIndex(records: try context.records()).roleHistory(now: context.now()))
        Output.out(RolesReport.suggestions(slots: slots, holders: suggested))
        return 0
    }
}
