import Foundation

/// A moment the room must notice: the current item's time is up, or a cue interval passed.
public enum Alert: Equatable, Sendable {
    case timeUp
    case cue(Int)
}

extension Meeting {
    /// The alerts the current item crossed between two instants (for the bell and the flash).
    public func alerts(from start: Date, to end: Date) -> [Alert] {
        guard timeline.isRunning, let item = currentItem, end > start else { return [] }
        let before = elapsed(timeline.current, now: start)
        let after = elapsed(timeline.current, now: end)
        var found: [Alert] = []
        if let cue = item.cueSeconds, cue > 0 {
            let first = Int(before) / cue + 1, last = Int(after) / cue
            if first <= last { found.append(.cue(last)) }
        }
        let target = Double(timeline.runs[timeline.current].targetSeconds)
        if before < target && after >= target { found.append(.timeUp) }
        return found
    }
}
