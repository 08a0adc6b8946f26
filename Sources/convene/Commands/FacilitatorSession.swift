import ConveneCore
import ConveneTUI
import Foundation

/// Opens a meeting's log for the facilitator screen: recovers a torn tail, refuses to write to a
/// damaged log, and runs the live loop until the facilitator quits.
enum FacilitatorSession {
    static func openScreen(_ context: Context) throws(CLIError) -> NcursesScreen {
        let names = Theme.Kind.allCases.map(\.rawValue).joined(separator: ", ")
        guard let named = Theme.Kind(rawValue: context.themeName ?? "color") else {
            throw .usage("--theme takes one of \(names), not '\(context.themeName ?? "")'", command: nil)
        }
        let theme = context.noColor ? .mono : named
        switch NcursesScreen.open(environment: context.environment, theme: theme) {
        case .success(let screen): return screen
        case .failure(let error): throw error
        }
    }

    static func run(id: String, records: RecordsFolder, screen: NcursesScreen, context: Context) throws(CLIError) -> Int32 {
        let log = records.log(id)
        let opened: OpenedMeeting
        do {
            opened = try OpenedMeeting.open(log)
        } catch {
            screen.close()
            throw .input(error.message)
        }
        var state = FacilitatorState(meeting: opened.meeting, timeZone: context.timeZone, readOnlyReason: opened.readOnlyReason)
        state.notice = opened.warning
        state.people.history = RecordsIndex(records: records).roleHistory(excluding: id, now: context.now())
        state.carried = carried(for: opened.meeting, records: records, now: context.now())
        var loop = LiveLoop(program: FacilitatorProgram(state: state), screen: screen, log: log,
                            follower: opened.follower, author: context.author(), records: records)
        let code = loop.run()
        screen.close()
        state = loop.program.state
        Output.err(state.meeting.timeline.isEnded
            ? "The meeting has ended. Its record: \(log.path)"
            : "The meeting goes on without a screen; reopen it with: convene resume \(id)")
        if let warning = opened.warning { Output.err(warning) }
        return code
    }

    /// The open actions and follow-ups of the earlier meetings of this one's series.
    static func carried(for meeting: Meeting, records: RecordsFolder, now: Date) -> [FollowUpItem] {
        RecordsIndex(records: records).carriedForward(series: MeetingSeries.of(series: meeting.agenda.series, title: meeting.agenda.title),
                                                      meeting: meeting.id, openedAt: meeting.openedAt, now: now)
    }
}
