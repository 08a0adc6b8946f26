import ConveneCore
import Foundation

/// The sentences plain mode says: one short line per event, and a few when time passes (start, warning,
/// time up, every 5 minutes over, cues), never a tick per second, so a screen reader is not flooded.
public enum Announcer {
    /// How often an overrun is repeated.
    public static let overrunRepeat = 300

    /// The sentence for one event, given the meeting before and after it; nil for events not worth a word.
    /// Attendance, roles and groups are said only to whoever changed them, so a room filling up does not flood everyone else.
    public static func sentence(for event: Event, before: Meeting, after: Meeting, me: String) -> String? {
        let who = event.by == me ? "You" : person(event.by)
        switch event.payload {
        case let started as ItemStarted:
            guard after.agenda.items.indices.contains(started.item), !after.timeline.isEnded else { return nil }
            return ([itemLine(after, started.item) + ", started."] + itemDetails(after.agenda.items[started.item])).joined(separator: " ")
        case is TimerPaused:
            return before.timeline.isRunning ? "Paused." : nil
        case is TimerResumed:
            return after.timeline.isRunning && !before.timeline.isRunning ? "Resumed." : nil
        case let extended as ItemExtended:
            return title(after, extended.item).map { "\($0) extended by \(SpokenDuration.say(extended.seconds))." }
        case let shortened as ItemShortened:
            return title(after, shortened.item).map { "\($0) shortened by \(SpokenDuration.say(shortened.seconds))." }
        case let skipped as ItemSkipped:
            return title(after, skipped.item).map { "\($0) skipped." }
        case is MeetingEnded:
            return before.timeline.isEnded ? nil : "The meeting has ended."
        case let note as NoteAdded:
            guard before.notes[note.id] == nil else { return nil }
            let place = note.group.map { " in group \($0)" } ?? ""
            if note.kind == .action {
                return "\(who) added an action\(place) for \(note.owner ?? "no one"): \(note.text)"
            }
            return "\(who) added \(article(note.kind.rawValue)) \(note.kind.rawValue)\(place)."
        case is NoteEdited:
            return "\(who) edited a note."
        case is NoteStruck:
            return "\(who) struck out a note."
        case let arrived as PersonArrived:
            guard event.by == me else { return nil }
            let about = (arrived.walkIn ? ["walk-in"] : []) + (arrived.late == true ? ["late"] : [])
            return "\(arrived.name) is here" + (about.isEmpty ? "." : " (\(about.joined(separator: ", "))).")
        case let absent as PersonMarkedAbsent:
            return event.by == me ? "\(absent.name) is marked absent." : nil
        case let left as PersonLeft:
            return event.by == me ? "\(left.name) has left." : nil
        case let assigned as RoleAssigned:
            return event.by == me ? "\(assigned.person) takes \(assigned.slot.label)." : nil
        case let cleared as RoleCleared:
            return event.by == me ? "Nobody holds \(cleared.slot.label) now." : nil
        case let planned as GroupsPlanned:
            guard event.by == me, let rotation = after.breakouts[planned.item]?.rotation else { return nil }
            let rounds = rotation.rounds.count, groups = rotation.rounds.first?.count ?? 0
            return "Groups planned: \(groups) group\(groups == 1 ? "" : "s"), \(rounds) round\(rounds == 1 ? "" : "s"), "
                + "\(rotation.repeats) repeated pairing\(rotation.repeats == 1 ? "" : "s"). Type groups to hear them."
        case let changed as GroupsRoundChanged:
            return event.by == me ? "Round \(changed.round + 1) of the groups changed." : nil
        default:
            return nil
        }
    }

    /// What time passing between two instants brings: at most one sentence, the latest threshold crossed.
    public static func sentences(_ meeting: Meeting, from: Date, to: Date) -> [String] {
        guard meeting.timeline.isRunning, to > from else { return [] }
        let item = meeting.timeline.current
        let before = meeting.elapsed(item, now: from), after = meeting.elapsed(item, now: to)
        guard let crossed = thresholds(meeting, beyond: after).last(where: { before < $0.at && after >= $0.at }) else { return [] }
        return [crossed.sentence]
    }

    /// The next instant a time sentence is due, so the plain loop sleeps until then and no longer.
    public static func nextAnnouncement(_ meeting: Meeting, after now: Date) -> Date? {
        guard meeting.timeline.isRunning else { return nil }
        let elapsed = meeting.elapsed(meeting.timeline.current, now: now)
        guard let next = thresholds(meeting, beyond: elapsed).first(where: { $0.at > elapsed }) else { return nil }
        return now.addingTimeInterval(next.at - elapsed)
    }

    /// "Item 2 of 5: Framing, 15 minutes"
    public static func itemLine(_ meeting: Meeting, _ index: Int) -> String {
        let target = meeting.timeline.runs[index].targetSeconds
        return "Item \(index + 1) of \(meeting.agenda.items.count): \(meeting.agenda.items[index].title), \(SpokenDuration.say(target))"
    }

    /// The item's prompt and the facilitator's notes from the agenda, one sentence each, said when it starts and on `status`.
    static func itemDetails(_ item: AgendaItem) -> [String] {
        (item.prompt.map { ["Prompt: \($0)".endingSentence] } ?? []) + item.noteLines.map { "Your note: \($0)".endingSentence }
    }

    /// Elapsed seconds of the current item at which something is said, in order, up to just past `elapsed`.
    private static func thresholds(_ meeting: Meeting, beyond elapsed: Double) -> [(at: Double, sentence: String)] {
        let index = meeting.timeline.current
        guard meeting.timeline.runs.indices.contains(index) else { return [] }
        let target = meeting.timeline.runs[index].targetSeconds
        var found: [(at: Double, sentence: String)] = []
        let warning = meeting.warningSeconds
        if warning > 0, warning < target {
            found.append((Double(target - warning), "\(SpokenDuration.say(warning)) left."))
        }
        // Only the repeating marks around `elapsed` are listed, so a long item with short cues costs nothing.
        if let cue = meeting.agenda.items[index].cueSeconds, cue > 0 {
            let near = max(1, Int(elapsed) / cue)
            for n in near...(near + 1) where n * cue < target {
                found.append((Double(n * cue), "Cue \(n): \(SpokenDuration.say(n * cue)) in."))
            }
        }
        found.append((Double(target), "Time is up."))
        let over = max(1, Int((elapsed - Double(target)) / Double(overrunRepeat)))
        for k in over...(over + 1) {
            found.append((Double(target + k * overrunRepeat), "Time is up, \(SpokenDuration.say(k * overrunRepeat)) over."))
        }
        return found.sorted { $0.at < $1.at }
    }

    private static func title(_ meeting: Meeting, _ index: Int) -> String? {
        meeting.agenda.items.indices.contains(index) ? meeting.agenda.items[index].title : nil
    }

    /// The name part of an author such as `maya@laptop:pts/3`.
    static func person(_ author: String) -> String {
        String(author.split(separator: "@", maxSplits: 1).first ?? Substring(author))
    }

    private static func article(_ word: String) -> String {
        "aeiou".contains(word.first ?? "x") ? "an" : "a"
    }
}
