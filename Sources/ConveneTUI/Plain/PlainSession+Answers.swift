import ConveneCore
import Foundation

/// The answer to `status`, from what the meeting holds right now: the item, its clock, its prompt and the
/// facilitator's notes from the agenda, then what comes next.
extension PlainSession {
    public func status(now: Date) -> [String] {
        guard !meeting.timeline.isEnded else { return ["The meeting has ended."] }
        let index = meeting.timeline.current
        guard meeting.agenda.items.indices.contains(index) else { return ["The agenda has no items."] }
        let left = meeting.remaining(now: now)
        let time = left < 0 ? "\(SpokenDuration.say(-left)) over" : "\(SpokenDuration.say(left)) left"
        let state: String
        switch meeting.clockState {
        case .ready: state = "not started"
        case .running: state = "running, \(time)"
        case .paused: state = "paused, \(time)"
        case .ended: state = "ended"
        }
        var lines = ["\(Announcer.itemLine(meeting, index)), \(state)."] + Announcer.itemDetails(meeting.agenda.items[index])
        if let next = meeting.nextItemIndex { lines.append("Next: \(meeting.agenda.items[next].title)".endingSentence) }
        if let behind = meeting.behindSeconds(now: now), abs(behind) >= 60 {
            lines.append("\(SpokenDuration.say(behind)) \(behind > 0 ? "behind" : "ahead of") plan.")
        }
        return lines
    }
}

/// The list `help` prints: every command word and what it does.
public enum PlainHelp {
    public static let lines = [
        "Commands, one per line:",
        "start: start the current item, or resume it after a pause.",
        "pause: pause the clock.",
        "next: go to the next item. back: go to the previous item. skip: drop this item.",
        "extend N: give this item N more minutes (1 if no number). shorten N: take N minutes away.",
        "status: where the meeting is, how much time is left, the prompt and your notes for this item.",
        "here NAME: mark someone present (late once an item has started). absent NAME: mark them absent. left NAME: they left early.",
        "walk-in NAME / TAGS: add someone not on the roster. attendance: who is here and who is not marked yet.",
        "roles: every role, numbered, and who holds it.",
        "give N NAME: give role number N to someone here. clear N: empty it. suggest: fill the empty roles fairly.",
        "groups: who sits where in this round of the breakout (groups N for round N). plan: plan or re-plan the groups.",
        "seat: put people who came late into a group in this round.",
        "note TEXT: add a note. action TEXT @owner: add an action with who will do it.",
        "earlier: actions and follow-ups still open from earlier meetings, numbered.",
        "done N TEXT: close number N with what came of it. drop N TEXT: let it go, saying why.",
        "end: end the meeting (type yes to confirm). quit: leave; the meeting goes on.",
        "help: this list.",
    ]
}
