import ConveneCore
import ConveneTUI
import Foundation

/// `convene join [MEETING]`: the note-taker screen on a live meeting, beside the facilitator's.
enum JoinCommand: Command {
    static let name = "join"
    static let usage = "convene join [MEETING] [--as NAME] [--group N]"
    static let summary = "Take notes on a live meeting (one note-taker per breakout group)."
    static let details = """
        MEETING is an id, a unique prefix of one, or 'latest' (the default). Without --group the screen
        asks which group you take notes for. A note shows ✓ only once it is flushed to disk; if the
        disk refuses it, your text stays in the editor. Notes from everyone appear as they are written.
        """
    static let valuedOptions: Set<String> = ["--as", "--group"]

    static func run(_ arguments: Arguments, _ context: Context) throws(CLIError) -> Int32 {
        guard arguments.positional.count <= 1 else { throw .usage("name at most one meeting", command: name) }
        let group = try arguments.integer("--group", in: 1...999, command: name)
        let records = try context.records()
        let log: EventLogFile
        do { log = records.log(try records.find(arguments.positional.first ?? "latest")) } catch { throw .input(error.message) }
        let screen = try FacilitatorSession.openScreen(context)
        let opened: OpenedMeeting
        do {
            opened = try OpenedMeeting.open(log)
        } catch {
            screen.close()
            throw .input(error.message)
        }
        let author = context.author(arguments.values["--as"])
        var state = JoinState(meeting: opened.meeting, author: author, group: group, askGroup: true,
                              timeZone: context.timeZone, readOnlyReason: opened.readOnlyReason)
        state.notice = opened.warning
        var loop = LiveLoop(program: JoinProgram(state: state), screen: screen, log: log, follower: opened.follower, author: author)
        let code = loop.run()
        screen.close()
        if let pending = loop.program.state.editor.text.nilIfEmpty {
            Output.err("Not saved (you left before pressing Enter): \(Sanitized.inline(pending))")
        }
        return code
    }
}

private extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
