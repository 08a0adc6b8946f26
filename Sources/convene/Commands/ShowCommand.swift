import ConveneCore

/// `convene show MEETING`: the whole record as plain text, unreadable log lines named.
enum ShowCommand: Command {
    static let name = "show"
    static let usage = "convene show MEETING"
    static let summary = "Show a meeting's record: agenda planned vs actual, people, notes, actions, follow-ups."
    static let details = """
        MEETING is an id, a unique prefix of one, or 'latest'. Actions and follow-ups still open from earlier
        meetings of the same series (the agenda's 'series:', else its title without numbers and dates) are listed last.
        """

    static func run(_ arguments: Arguments, _ context: Context) throws(CLIError) -> Int32 {
        guard arguments.positional.count == 1 else { throw .usage("name one meeting", command: name) }
        let record = try MeetingLookup.record(arguments.positional[0], context)
        let now = context.now()
        let carried = RecordsIndex(records: try context.records())
            .carriedForward(series: record.series, meeting: record.id, openedAt: record.openedAt, now: now)
        Output.out(RecordText.render(record, carried: carried, today: context.today(now).text))
        return 0
    }
}

/// Finding a meeting's record from a reference, with failures as input errors.
enum MeetingLookup {
    static func record(_ reference: String, _ context: Context) throws(CLIError) -> MeetingRecord {
        let records = try context.records()
        do throws(LogError) {
            return try records.record(try records.find(reference), now: context.now())
        } catch {
            throw .input(error.message)
        }
    }
}
