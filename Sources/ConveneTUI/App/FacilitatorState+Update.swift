import ConveneCore
import Foundation

extension FacilitatorState {
    /// Handles one key: returns the effects to carry out; the meeting itself changes only through the log.
    public mutating func update(key: Key, now: Date) -> [Effect] {
        notice = nil
        if let overlay { return updateOverlay(overlay, key: key) }
        if screen == .attendance, let effects = updateAttendance(key: key) { return effects }
        if screen == .roles, let effects = updateRoles(key: key) { return effects }
        if screen == .groups, let effects = updateGroups(key: key, now: now) { return effects }
        if screen == .followUps, let effects = updateCarried(key: key) { return effects }
        switch key {
        case .character("q"): return [.quit]
        case .character("?"), .function(1):
            overlay = .help
            return []
        case .character("p"):
            screen = screen == .projector ? .agenda : .projector
            return []
        case .character("w"):
            screen = screen == .reportBack ? .agenda : .reportBack
            return []
        case .character("t"):
            openNotes()
            return []
        case .escape:
            screen = .agenda
            return []
        case .character("a"), .character("r"):
            screen = key == .character("a") ? .attendance : .roles
            return []
        case .character("g"):
            screen = .groups
            groupsPage = GroupsPage()
            return []
        case .character("f"):
            screen = screen == .followUps ? .agenda : .followUps
            carriedPage = CarriedPage()
            return screen == .followUps && !carried.isEmpty ? [.rereadMeetings(carried.sourceMeetings)] : []
        default:
            break
        }
        if screen == .attendance || screen == .roles || screen == .groups || screen == .followUps { return [] }
        if let readOnlyReason {
            notice = "read-only: \(readOnlyReason)"
            return []
        }
        if meeting.timeline.isEnded {
            notice = "the meeting has ended"
            return []
        }
        return timerKey(key)
    }

    private mutating func updateOverlay(_ current: Overlay, key: Key) -> [Effect] {
        switch current {
        case .help:
            overlay = nil
            return []
        case .confirmEnd(let skipCurrent):
            switch key {
            case .character("y"), .character("Y"), .enter:
                overlay = nil
                let item = meeting.timeline.current
                return [.append(skipCurrent ? [ItemSkipped(item: item), MeetingEnded()] : [MeetingEnded()])]
            case .character("n"), .character("N"), .escape, .character("q"):
                overlay = nil
                return []
            default:
                return []
            }
        }
    }

    private mutating func timerKey(_ key: Key) -> [Effect] {
        let timeline = meeting.timeline
        let current = timeline.current
        switch key {
        case .character(" "):
            switch meeting.clockState {
            case .ready: return [.append([ItemStarted(item: current)])]
            case .running: return [.append([TimerPaused()])]
            case .paused: return [.append([TimerResumed()])]
            case .ended: return []
            }
        case .character("n"):
            guard let next = meeting.nextItemIndex else {
                overlay = .confirmEnd(skipCurrent: false)
                return []
            }
            return [.append([ItemStarted(item: next)])]
        case .character("b"):
            guard current > 0 else {
                notice = "already at the first item"
                return []
            }
            let back: [any EventPayload] = [ItemStarted(item: current - 1)]
            return [.append(timeline.isRunning ? back : back + [TimerPaused()])]
        case .character("+"), .character("="):
            return [.append([ItemExtended(item: current, seconds: 60)])]
        case .character("-"), .character("_"):
            let target = timeline.runs.indices.contains(current) ? timeline.runs[current].targetSeconds : 0
            guard target > 0 else {
                notice = "this item has no time left to take away"
                return []
            }
            return [.append([ItemShortened(item: current, seconds: min(60, target))])]
        case .character("s"):
            guard let next = meeting.nextItemIndex else {
                overlay = .confirmEnd(skipCurrent: true)
                return []
            }
            let skip: [any EventPayload] = [ItemSkipped(item: current)]
            return [.append(timeline.isRunning ? skip + [ItemStarted(item: next)] : skip)]
        default:
            return []
        }
    }

    /// Notes the alerts crossed since the last tick: a bell and flash each, and words on screen.
    public mutating func alert(_ alerts: [Alert], now: Date) -> [Effect] {
        guard let last = alerts.last else { return [] }
        switch last {
        case .timeUp: banner = "TIME IS UP: \(meeting.currentItem?.title ?? "")"
        case .cue(let n): banner = "CUE \(n): \(meeting.currentItem.flatMap { $0.cueSeconds }.map { DurationText.format($0 * n) } ?? "") in"
        }
        bannerUntil = now.addingTimeInterval(5)
        return [.bell, .flash]
    }

    /// Folds events read from the log into the meeting.
    public mutating func receive(_ events: [Event]) {
        for event in events { meeting.apply(event) }
        noteTaker?.receive(events)
    }
}
