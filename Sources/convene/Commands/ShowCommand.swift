import ConveneCore

/// `convene show MEETING`: the whole record as plain text, unreadable log lines named.
enum ShowCommand: Command {
    static let name = "show"
    static let usage = "convene show MEETING"
    static let summary = "Show a meeting's record: agenda planned vs actual, people, notes, actions, follow-ups."
    static let details = "MEETING is an id, a unique prefix of one, or 'latest'."

    static func run(_ arguments: Arguments, _ context: Context) throws(CLIError) -> Int32 {
        guard arguments.positional.count == 1 else { throw .usage("name one meeting", command: name) }
        Output.out(RecordText.render(try MeetingLookup.record(arguments.positional[0], context)))
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
