import ConveneCore
import ConveneTUI
import Foundation

/// `convene note MEETING TEXT`: appends one note from a script and exits 0 only once it is on disk.
enum NoteCommand: Command {
    static let name = "note"
    static let usage = "convene note MEETING TEXT [--kind KIND] [--group N] [--by NAME]"
    static let summary = "Append a note to a meeting from a script."
    static let details = """
        The note belongs to the meeting's current item (and, with --group during a breakout, to the
        current round). KIND is one of: \(Note.Kind.allCases.map(\.rawValue).joined(separator: ", ")) (default note).
        The command returns only after the note is written and flushed to disk.
        """
    static let valuedOptions: Set<String> = ["--kind", "--group", "--by"]

    static func run(_ arguments: Arguments, _ context: Context) throws(CLIError) -> Int32 {
        guard arguments.positional.count == 2 else { throw .usage("name a meeting and the note's text", command: name) }
        let text = arguments.positional[1]
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { throw .usage("the note's text is empty", command: name) }
        let kindName = arguments.values["--kind"] ?? Note.Kind.note.rawValue
        guard let kind = Note.Kind(rawValue: kindName) else {
            throw .usage("unknown kind '\(Sanitized.inline(kindName))'; use one of \(Note.Kind.allCases.map(\.rawValue).joined(separator: ", "))", command: name)
        }
        let group = try arguments.integer("--group", in: 1...999, command: name)
        let records = try context.records()
        let author = context.author(arguments.values["--by"])
        do throws(LogError) {
            let log = records.log(try records.find(arguments.positional[0]))
            guard let meeting = Meeting.replay(try log.read().events) else {
                throw LogError("\(log.path) does not start with a meeting.opened event; it is not a convene meeting log")
            }
            let now = context.now()
            let place = NotePlace.of(meeting, group: group, now: now)
            let note = place.added(id: NoteID.make(author: author), kind: kind, text: text, author: author, people: meeting.people.map(\.name))
            try log.append([Event(at: now, by: author, note)])
        } catch {
            throw .input("the note was not saved: " + error.message)
        }
        return 0
    }
}
