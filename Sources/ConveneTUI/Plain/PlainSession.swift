import ConveneCore
import Foundation

/// Plain mode's pure state: the meeting (a fold of the log) and a pending question; takes typed lines
/// and log events, answers in sentences, and asks for events to append like the full screen does.
public struct PlainSession: Sendable {
    public var meeting: Meeting
    /// Who this process writes as, so its own notes are announced as "You added a note."
    public var me: String
    /// Set when the log is damaged: the meeting can be followed but not changed.
    public var readOnlyReason: String?
    /// The breakout round and group a note-taker writes from (`join --plain`); nil for the whole room.
    public var place: (round: Int, group: Int)?
    /// Set after `end` (or `next`/`skip` on the last item) until `yes` or any other line.
    /// The value says whether ending also skips the current item.
    public var confirmingEnd: Bool?
    /// Open actions and follow-ups from earlier meetings of the series, numbered from 1 as `earlier` says them.
    public var carried: [FollowUpItem] = []
    /// Who held which role in earlier meetings, so `suggest` is as fair as the `r` screen's suggestions.
    public var roleHistory = RoleHistory()
    /// The room's time zone, for the day a due date is compared with.
    public var timeZone = TimeZone(secondsFromGMT: 0) ?? .current

    public init(meeting: Meeting, me: String, readOnlyReason: String? = nil) {
        self.meeting = meeting
        self.me = me
        self.readOnlyReason = readOnlyReason
    }

    /// What one typed line does: sentences to say now and effects to carry out.
    /// `noteID` is a fresh id made outside the core, used if the line adds a note.
    public mutating func handle(_ line: String, now: Date, noteID: String) -> (say: [String], effects: [Effect]) {
        let command = PlainCommand.parse(line)
        let pending = confirmingEnd
        confirmingEnd = nil
        switch command {
        case .nothing: return ([], [])
        case .unknown(let answer): return ([answer], [])
        case .help: return (PlainHelp.lines, [])
        case .status: return (status(now: now), [])
        case .roles: return (roles, [])
        case .groups(let round): return (groups(round: round.map { $0 - 1 }, now: now), [])
        case .attendance: return (attendance, [])
        case .earlier: return (earlier(today: AgendaDate(dayOf: now, secondsFromGMT: timeZone.secondsFromGMT(for: now)).text), [])
        case .quit: return (["Leaving; the meeting goes on. Reopen it with convene resume."], [.quit])
        default: break
        }
        if let readOnlyReason { return (["Read-only: \(readOnlyReason)"], []) }
        if meeting.timeline.isEnded { return (["The meeting has ended."], []) }
        if command == .yes {
            guard let pending else { return (["Nothing to confirm."], []) }
            let item = meeting.timeline.current
            return ([], [.append(pending ? [ItemSkipped(item: item), MeetingEnded()] : [MeetingEnded()])])
        }
        return timer(command, noteID: noteID, now: now)
    }

    private mutating func timer(_ command: PlainCommand, noteID: String, now: Date) -> (say: [String], effects: [Effect]) {
        let timeline = meeting.timeline
        let current = timeline.current
        let target = timeline.runs.indices.contains(current) ? timeline.runs[current].targetSeconds : 0
        switch command {
        case .start:
            switch meeting.clockState {
            case .ready: return ([], [.append([ItemStarted(item: current)])])
            case .paused: return ([], [.append([TimerResumed()])])
            default: return (["Already running."], [])
            }
        case .pause:
            return timeline.isRunning ? ([], [.append([TimerPaused()])]) : (["Not running."], [])
        case .next:
            guard let next = meeting.nextItemIndex else { return askEnd(skipCurrent: false, "This is the last item.") }
            return ([], [.append([ItemStarted(item: next)])])
        case .back:
            guard current > 0 else { return (["Already at the first item."], []) }
            let back: [any EventPayload] = [ItemStarted(item: current - 1)]
            return ([], [.append(timeline.isRunning ? back : back + [TimerPaused()])])
        case .skip:
            guard let next = meeting.nextItemIndex else { return askEnd(skipCurrent: true, "This is the last item.") }
            let skip: [any EventPayload] = [ItemSkipped(item: current)]
            return ([], [.append(timeline.isRunning ? skip + [ItemStarted(item: next)] : skip)])
        case .extend(let minutes):
            return ([], [.append([ItemExtended(item: current, seconds: minutes * 60)])])
        case .shorten(let minutes):
            guard target > 0 else { return (["This item has no time left to take away."], []) }
            return ([], [.append([ItemShortened(item: current, seconds: min(minutes * 60, target))])])
        case .end:
            return askEnd(skipCurrent: false, "")
        case .note(let text):
            return ([], [.append([NoteAdded(id: noteID, text: text, item: current, round: place?.round, group: place?.group)])])
        case .action(let text, let typed):
            guard let owner = owner(typed) else {
                return (["No one called \(typed) is in this meeting. Put who will do it last, after @, for example: action book the hall @Maya"], [])
            }
            return ([], [.append([NoteAdded(id: noteID, kind: .action, text: text, item: current, round: place?.round, group: place?.group, owner: owner)])])
        case .done(let number, let outcome):
            return close(number) { FollowUpCompleted(id: $0.note, outcome: outcome.isEmpty ? "Reported done at \(meeting.agenda.title)" : outcome) }
        case .drop(let number, let reason):
            return close(number) { FollowUpDropped(id: $0.note, reason: reason) }
        case .here, .absent, .left, .walkIn:
            return mark(command)
        case .give, .clear, .suggest:
            return fill(command)
        case .plan, .seat:
            return arrange(command, now: now)
        default:
            return ([], [])
        }
    }

    /// The owner named after `@`, read as join mode reads mentions: one word as typed (someone not on the
    /// roster), or the whole name of the one person with that first name, or a name of several words as the
    /// meeting spells it; nil when no one here has that longer name, which is most often an `@` in the middle of
    /// the action's text.
    private func owner(_ typed: String) -> String? {
        let words = typed.split(separator: " ").count
        let name = JoinState.mentions("@" + typed, among: meeting.people.map(\.name)).first
        guard words > 1 else { return name ?? typed }
        return name.flatMap { $0.split(separator: " ").count == words ? $0 : nil }
    }

    /// Closes the Nth carried item with the event `change` makes, written to the log of the meeting it came from.
    private func close(_ number: Int, _ change: (FollowUpItem) -> any EventPayload) -> (say: [String], effects: [Effect]) {
        guard carried.indices.contains(number - 1) else {
            return ([carried.isEmpty ? "Nothing is open from earlier meetings." : "There is no number \(number); type earlier for the list."], [])
        }
        let item = carried[number - 1]
        guard item.status == .open else { return (["Number \(number) is already \(item.status.rawValue)."], []) }
        return ([], [.appendToMeeting(item.meeting, [change(item)])])
    }

    private mutating func askEnd(skipCurrent: Bool, _ lead: String) -> (say: [String], effects: [Effect]) {
        confirmingEnd = skipCurrent
        return ([(lead.isEmpty ? "" : lead + " ") + "End the meeting? Type yes to end it, anything else to go on."], [])
    }

    /// Folds events read from the log and says what each one did.
    public mutating func receive(_ events: [Event]) -> [String] {
        var said: [String] = []
        for event in events {
            let before = meeting
            meeting.apply(event)
            if let sentence = Announcer.sentence(for: event, before: before, after: meeting, me: me) { said.append(sentence) }
        }
        return said
    }

    /// What time passing between two instants brings (warning, time up, overrun, cues).
    public func tick(from: Date, to: Date) -> [String] { Announcer.sentences(meeting, from: from, to: to) }
}
