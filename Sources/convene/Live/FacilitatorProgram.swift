import ConveneCore
import ConveneTUI
import Foundation

/// The facilitator screen as a live program: the pure state and view, plus when the screen next changes.
struct FacilitatorProgram: LiveProgram {
    var state: FacilitatorState

    func render(size: Size, now: Date) -> ScreenBuffer {
        FacilitatorView.render(state, size: size, now: now)
    }

    func ticking(size: Size, now: Date) -> Ticking? {
        FacilitatorView.ticking(state, size: size, now: now)
    }

    mutating func handle(_ key: Key, now: Date) -> [Effect] {
        guard state.noteTaker != nil else { return state.update(key: key, now: now) }
        return state.updateNotes(key: key, now: now) { NoteID.make(author: "facilitator") }
    }

    mutating func receive(_ events: [Event]) { state.receive(events) }

    mutating func refreshCarried(_ items: [FollowUpItem]) { state.refreshCarried(items) }

    mutating func tick(from: Date, to: Date) -> [Effect] {
        state.alert(state.meeting.alerts(from: from, to: to), now: to)
    }

    mutating func show(problem: String) {
        state.notice = problem
        state.noteTaker?.show(problem: problem)
    }

    func nextChange(after now: Date) -> Date {
        var next = NextChange.minuteBoundary(after: now)
        let timeline = state.meeting.timeline
        if timeline.isRunning {
            let elapsed = state.meeting.elapsed(timeline.current, now: now)
            next = min(next, now.addingTimeInterval(1 - elapsed.truncatingRemainder(dividingBy: 1)))
        } else if timeline.startedAt != nil && !timeline.isEnded {
            // Paused, the room's time goes on: the projected end and how far behind the meeting is move by the second.
            next = min(next, now.addingTimeInterval(1 - now.timeIntervalSince1970.truncatingRemainder(dividingBy: 1)))
        }
        if let until = state.bannerUntil, until > now { next = min(next, until) }
        return next
    }
}

/// Instants at which a clock on screen turns over.
enum NextChange {
    static func minuteBoundary(after now: Date) -> Date {
        now.startOfMinute.addingTimeInterval(60)
    }
}
