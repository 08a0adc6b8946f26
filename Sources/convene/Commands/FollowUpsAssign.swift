import ConveneCore

/// `convene followups assign MEETING [--write]`: proposes an organizer for a one-to-one with every attendee who has
/// none, prints the plan, and with `--write` records each as a follow-up in that meeting's log, all in one append.
enum FollowUpsAssign {
    static func run(_ arguments: Arguments, _ context: Context) throws(CLIError) -> Int32 {
        let command = FollowUpsCommand.name
        guard arguments.positional.count == 2 else {
            throw .usage("name one meeting: convene followups assign MEETING [--write]", command: command)
        }
        let records = try context.records()
        let now = context.now()
        let record = try MeetingLookup.record(arguments.positional[1], context)
        let attendees = record.attendance.counted
        guard !attendees.isEmpty else {
            throw .input("nobody attended \(record.id): its roster is empty and nobody was marked present, so there is nobody to assign")
        }
        let organizers = try organizers(arguments.values["--organizers"], attendees: attendees, meeting: record.id)
        let facilitators = Set(record.attendance.expected.filter { $0.tags.contains("facilitator") }.map(\.name))
        let (items, history) = RecordsIndex(records: records).oneToOnes(before: record.id, openedAt: record.openedAt, now: now)
        let plan = OneToOnePlanner.plan(meeting: record.id, attendees: attendees, organizers: organizers, facilitators: facilitators,
                                        items: items, history: history)
        let write = arguments.has("--write") && !plan.proposals.isEmpty
        if write {
            let author = context.author(arguments.values["--by"])
            let item = conversationItem(record)
            let notes = plan.proposals.map { proposal in
                Event(at: now, by: author, NoteAdded(id: NoteID.make(author: author), kind: .followUp, text: "One-to-one conversation",
                                                     item: item, person: proposal.person, organizer: proposal.organizer))
            }
            do throws(LogError) {
                try records.log(record.id).append(notes)
            } catch {
                throw .input("nothing was written: " + error.message)
            }
        }
        Output.out(plan.text(title: record.title, meeting: record.id, written: write, rosterStoodIn: !record.attendance.isRecorded))
        return 0
    }

    /// The organizers named with `--organizers` (comma separated), else the attendees tagged `organizer`, else the
    /// members who attended and are not new.
    static func organizers(_ named: String?, attendees: [AttendanceSection.Person], meeting: String) throws(CLIError) -> [String] {
        if let named {
            var seen = Set<String>()
            let names = named.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty && seen.insert($0).inserted }
            guard !names.isEmpty else { throw .usage("--organizers takes names separated by commas: --organizers \"Ana, Kofi\"", command: FollowUpsCommand.name) }
            return names
        }
        let tagged = attendees.filter { $0.tags.contains("organizer") }
        let chosen = tagged.isEmpty ? attendees.filter { $0.isMember && !$0.isNew } : tagged
        guard !chosen.isEmpty else {
            throw .input("no organizers among those who attended \(meeting): tag them 'organizer' or 'member' in the roster, "
                         + "or name them with --organizers \"Ana, Kofi\"")
        }
        return chosen.map(\.name)
    }

    /// The item the conversations belong to: the first whose title speaks of one-to-ones or follow-ups, else the last.
    static func conversationItem(_ record: MeetingRecord) -> Int {
        let titles = record.timeline.items.map { NoteSearch.fold($0.title) }
        let index = titles.firstIndex { $0.contains("one-to-one") || $0.contains("one to one") || $0.contains("1:1") || $0.contains("follow") }
        return index ?? max(0, titles.count - 1)
    }
}
