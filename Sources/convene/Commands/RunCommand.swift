import ConveneCore
import ConveneTUI
import Foundation

/// `convene run AGENDA`: starts a meeting from an agenda and opens the facilitator screen.
enum RunCommand: Command {
    static let name = "run"
    static let usage = "convene run AGENDA [--roster FILE] [--plain] [--theme color|high-contrast|mono]"
    static let flagOptions: Set<String> = ["--plain"]
    static let valuedOptions: Set<String> = ["--roster", "--theme"]
    static let summary = "Start a meeting and open the facilitator screen."
    static let details = """
        The meeting's record is written to the records folder as it happens. Quitting (q), a crash or a
        dropped connection never stops the room's clock: 'convene resume' reopens it. A roster (CSV with a
        'name' column, or one name per line) is checked before the meeting starts.
        --plain: no full-screen drawing; events are said as sentences and commands typed as words.
        """

    static func run(_ arguments: Arguments, _ context: Context) throws(CLIError) -> Int32 {
        guard arguments.positional.count == 1, let file = arguments.positional.first else {
            throw .usage("name one agenda file", command: name)
        }
        let agenda = try AgendaFile.load(file)
        let roster = try arguments.values["--roster"].map { path throws(CLIError) in try RosterFile.load(path) } ?? .empty
        let screen = arguments.has("--plain") ? nil : try FacilitatorSession.openScreen(context)
        let records = try context.records()
        let now = context.now()
        let opened = MeetingOpened(id: "", agendaFile: file, agenda: agenda, roster: roster)
        let id: String
        do {
            id = try records.create(opened: opened, day: context.today(now), at: now, by: context.author())
        } catch {
            screen?.close()
            throw .input("the meeting was not started: " + error.message)
        }
        guard let screen else { return try PlainMode.run(id: id, records: records, context: context) }
        return try FacilitatorSession.run(id: id, records: records, screen: screen, context: context)
    }
}
