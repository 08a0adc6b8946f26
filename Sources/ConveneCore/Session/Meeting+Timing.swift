import Foundation

/// The state of the current item's clock, as a facilitator would say it.
public enum ClockState: Equatable, Sendable {
    case ready, running, paused, ended
}

/// How urgent the current item's countdown is; shown in words and symbols, not colour alone.
public enum TimeLevel: Equatable, Sendable {
    case normal, warning, overrun
}

extension Meeting {
    public var clockState: ClockState {
        if timeline.isEnded { return .ended }
        if timeline.isRunning { return .running }
        let run = timeline.runs.indices.contains(timeline.current) ? timeline.runs[timeline.current] : nil
        return run?.hasStarted == true ? .paused : .ready
    }

    public var currentItem: AgendaItem? {
        agenda.items.indices.contains(timeline.current) ? agenda.items[timeline.current] : nil
    }

    /// The item after the current one that has not been skipped.
    public var nextItemIndex: Int? {
        timeline.runs.indices.first { $0 > timeline.current && !timeline.runs[$0].skipped }
    }

    /// Seconds item `index` has run by `now`, never negative.
    public func elapsed(_ index: Int, now: Date) -> TimeInterval {
        guard timeline.runs.indices.contains(index) else { return 0 }
        var total = timeline.runs[index].banked
        if index == timeline.current, let since = timeline.runningSince {
            total += max(0, now.timeIntervalSince(since))
        }
        return total
    }

    /// Whole seconds left on the current item; negative once it runs over.
    public func remaining(now: Date) -> Int {
        guard timeline.runs.indices.contains(timeline.current) else { return 0 }
        return timeline.runs[timeline.current].targetSeconds - Int(elapsed(timeline.current, now: now).rounded(.down))
    }

    /// Seconds before zero at which the current item turns to warning.
    public var warningSeconds: Int {
        guard timeline.runs.indices.contains(timeline.current) else { return 0 }
        return agenda.warn.seconds(forTarget: timeline.runs[timeline.current].targetSeconds)
    }

    public func level(now: Date) -> TimeLevel {
        let left = remaining(now: now)
        if left < 0 { return .overrun }
        return left <= warningSeconds ? .warning : .normal
    }

    /// When the meeting will end if every item from now on takes its planned time.
    public func projectedEnd(now: Date) -> Date {
        if let ended = timeline.endedAt { return ended }
        var seconds = 0.0
        for (index, run) in timeline.runs.enumerated() where !run.skipped {
            if index == timeline.current {
                seconds += max(0, Double(run.targetSeconds) - elapsed(index, now: now))
            } else if index > timeline.current {
                seconds += max(0, Double(run.targetSeconds) - run.banked)
            }
        }
        return now.addingTimeInterval(seconds)
    }

    /// When the meeting would end had every item taken exactly its planned time from the actual start.
    public var plannedEnd: Date? {
        timeline.startedAt.map { $0.addingTimeInterval(TimeInterval(agenda.totalSeconds)) }
    }

    /// Seconds behind plan (positive) or ahead (negative); nil before the meeting starts.
    public func behindSeconds(now: Date) -> Int? {
        guard let planned = plannedEnd else { return nil }
        return Int(projectedEnd(now: now).timeIntervalSince(planned).rounded())
    }
}
