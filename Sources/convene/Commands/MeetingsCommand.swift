import ConveneCore

/// `convene meetings [--json]`: every meeting in the records folder, newest first.
enum MeetingsCommand: Command {
    static let name = "meetings"
    static let usage = "convene meetings [--json]"
    static let summary = "List meetings: id, date, title, attendance, items run, notes, status."
    static let details = "Status is live, ended or damaged (a log with unreadable lines; 'convene show' says which)."
    static let flagOptions: Set<String> = ["--json"]

    static func run(_ arguments: Arguments, _ context: Context) throws(CLIError) -> Int32 {
        guard arguments.positional.isEmpty else { throw .usage("meetings takes no arguments", command: name) }
        let summaries = RecordsIndex(records: try context.records()).digests(now: context.now()).map(\.summary)
        if arguments.has("--json") {
            Output.raw(RecordJSON.encode(summaries))
            return 0
        }
        guard !summaries.isEmpty else {
            Output.out("No meetings yet; start one with 'convene run AGENDA'.")
            return 0
        }
        let idWidth = min(48, summaries.map { DisplayWidth.of($0.id) }.max() ?? 2)
        // One write for the whole list, not one per meeting.
        var text = DisplayWidth.pad("ID", to: idWidth) + "  Date        People  Items  Notes  Status   Title\n"
        for s in summaries {
            text += DisplayWidth.pad(s.id, to: idWidth) + "  " + DisplayWidth.pad(s.date, to: 10) + "  "
                + right("\(s.attendance)", 6) + "  " + right("\(s.itemsRun)", 5) + "  " + right("\(s.notes)", 5) + "  "
                + DisplayWidth.pad(s.status.rawValue, to: 7) + "  " + Sanitized.inline(s.title) + "\n"
        }
        Output.raw(text)
        return 0
    }

    private static func right(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
    }
}
