import ConveneCore
import Foundation

/// `convene review`: the full-screen review of past meetings (spec §6).
enum ReviewCommand: Command {
    static let name = "review"
    static let usage = "convene review"
    static let summary = "Review meetings full-screen: list, open, tabs, / search, e export, f follow-ups across meetings."
    static let details = """
        Keys: ↑↓ choose, Enter open, Tab/←→ or 1-6 tabs, / search, e export Markdown to RECORDS/exports, Esc back, q quit.
        f on the meetings list shows every open action and follow-up across meetings by who holds them (a: done and
        dropped too); Enter opens the meeting an item came from at its actions and follow-ups.
        """

    static func run(_ arguments: Arguments, _ context: Context) throws(CLIError) -> Int32 {
        guard arguments.positional.isEmpty else { throw .usage("review takes no arguments", command: name) }
        let records = try context.records()
        let screen = try FacilitatorSession.openScreen(context)
        var loop = LiveLoop(program: ReviewProgram(records: records, now: context.now()), screen: screen, log: nil,
                            follower: nil, author: context.author())
        let code = loop.run()
        screen.close()
        return code
    }
}
