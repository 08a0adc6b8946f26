import ConveneCore

/// `convene followups done|reassign|drop|due ID …`: one change to one item, appended to the log of the meeting it
/// came from; the command returns only once the line is on disk.
enum FollowUpsChange {
    static func run(_ arguments: Arguments, _ context: Context) throws(CLIError) -> Int32 {
        let verb = arguments.positional[0]
        let command = FollowUpsCommand.name
        guard arguments.positional.count >= 2 else { throw .usage("name the item to change: convene followups \(verb) ID", command: command) }
        let now = context.now()
        let records = try context.records()
        let item: FollowUpItem
        do throws(FollowUpItem.LookupError) {
            item = try FollowUpItem.find(arguments.positional[1], in: RecordsIndex(records: records).followUps(now: now))
        } catch {
            throw .input(error.message)
        }
        let (payload, said) = try change(verb, item: item, arguments)
        do throws(LogError) {
            try records.log(item.meeting).append([Event(at: now, by: context.author(arguments.values["--by"]), payload)])
        } catch {
            throw .input("\(item.id) was not changed: " + error.message)
        }
        Output.out("\(item.id) \(said) (\(item.kind) from \(item.meeting): \(Sanitized.inline(item.text)))")
        return 0
    }

    /// The event a verb writes and the words that confirm it.
    static func change(_ verb: String, item: FollowUpItem, _ arguments: Arguments) throws(CLIError) -> (any EventPayload, String) {
        let command = FollowUpsCommand.name
        let extra = arguments.positional.dropFirst(2)
        switch verb {
        case "done":
            guard extra.isEmpty, let outcome = arguments.values["--outcome"]?.trimmingSpaces, !outcome.isEmpty else {
                throw .usage("say what came of it: convene followups done \(item.id) --outcome \"…\"", command: command)
            }
            let assessment = try arguments.integer("--assessment", in: FollowThrough.assessments, command: command)
            return (FollowUpCompleted(id: item.note, outcome: outcome, assessment: assessment),
                    "done" + (item.status == .open ? "" : " (it was \(item.status.rawValue); the new outcome replaces the old)"))
        case "reassign":
            guard extra.isEmpty, let to = arguments.values["--to"]?.trimmingSpaces, !to.isEmpty else {
                throw .usage("say who takes it over: convene followups reassign \(item.id) --to NAME", command: command)
            }
            return (FollowUpReassigned(id: item.note, to: to), "now with \(Sanitized.inline(to))" + (item.holder.map { ", was \(Sanitized.inline($0))" } ?? ""))
        case "drop":
            guard extra.isEmpty, let reason = arguments.values["--reason"]?.trimmingSpaces, !reason.isEmpty else {
                throw .usage("say why it is dropped: convene followups drop \(item.id) --reason \"…\"", command: command)
            }
            return (FollowUpDropped(id: item.note, reason: reason), "dropped")
        default:
            guard extra.count == 1, let due = extra.first, AgendaDate.parse(due).map({ $0.minuteOfDay == nil }) == true else {
                throw .usage("give the date as YYYY-MM-DD: convene followups due \(item.id) 2026-09-30", command: command)
            }
            return (FollowUpDueSet(id: item.note, due: due), "due \(due)")
        }
    }
}
