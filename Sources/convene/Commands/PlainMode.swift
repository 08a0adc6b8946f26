import ConveneCore
import ConveneTUI

/// `--plain`: opens a meeting's log like the facilitator screen does, then runs the plain loop on
/// stdin and stdout, which need not be a terminal.
enum PlainMode {
    static func run(id: String, records: RecordsFolder, context: Context) throws(CLIError) -> Int32 {
        let log = records.log(id)
        let opened: OpenedMeeting
        do { opened = try OpenedMeeting.open(log) } catch { throw .input(error.message) }
        if let warning = opened.warning { Output.out(Sanitized.inline(warning)) }
        let author = context.author()
        var session = PlainSession(meeting: opened.meeting, me: author, readOnlyReason: opened.readOnlyReason)
        session.timeZone = context.timeZone
        session.carried = FacilitatorSession.carried(for: opened.meeting, records: records, now: context.now())
        session.roleHistory = RecordsIndex(records: records).roleHistory(excluding: id, now: context.now())
        var loop = PlainLoop(session: session, log: log, follower: opened.follower, author: author, records: records)
        let code = loop.run()
        Output.out(loop.session.meeting.timeline.isEnded
            ? "Its record: \(log.path)"
            : "The meeting goes on; reopen it with: convene resume \(id) --plain")
        return code
    }
}
