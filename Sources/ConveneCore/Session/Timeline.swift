import Foundation

/// Where the meeting is in its agenda and how long each item has run: the timer part of the fold.
public struct Timeline: Equatable, Sendable {
    /// What happened to one agenda item so far.
    public struct ItemRun: Equatable, Sendable {
        public var plannedSeconds: Int
        /// Minutes added with `+` and taken away with `-`, in seconds.
        public var adjustment: Int = 0
        /// Seconds the item ran in earlier stretches, not counting a stretch running now.
        public var banked: TimeInterval = 0
        public var firstStartedAt: Date?
        public var lastStoppedAt: Date?
        public var skipped = false

        /// The time this item is meant to take now, after adjustments, never below zero.
        public var targetSeconds: Int { max(0, plannedSeconds + adjustment) }
        public var hasStarted: Bool { firstStartedAt != nil }
    }

    public var runs: [ItemRun]
    public var current = 0
    /// When the current stretch of the current item began; nil when no clock runs.
    public var runningSince: Date?
    public var startedAt: Date?
    public var endedAt: Date?

    public init(agenda: Agenda) {
        runs = agenda.items.map { ItemRun(plannedSeconds: $0.seconds) }
    }

    public var isRunning: Bool { runningSince != nil }
    public var isEnded: Bool { endedAt != nil }

    mutating func start(_ item: Int, at: Date) {
        guard runs.indices.contains(item), !isEnded else { return }
        stopCurrent(at: at)
        current = item
        runs[item].skipped = false
        if runs[item].firstStartedAt == nil { runs[item].firstStartedAt = at }
        runningSince = at
        if startedAt == nil { startedAt = at }
    }

    mutating func pause(at: Date) {
        guard !isEnded else { return }
        stopCurrent(at: at)
    }

    mutating func resume(at: Date) {
        guard !isRunning, !isEnded, runs.indices.contains(current) else { return }
        start(current, at: at)
    }

    mutating func adjust(_ item: Int, by seconds: Int) {
        guard runs.indices.contains(item), seconds.magnitude <= DurationText.maximumSeconds.magnitude else { return }
        let run = runs[item]
        runs[item].adjustment = min(max(run.adjustment + seconds, -run.plannedSeconds), DurationText.maximumSeconds)
    }

    mutating func skip(_ item: Int, at: Date) {
        guard runs.indices.contains(item), !isEnded else { return }
        runs[item].skipped = true
        guard item == current else { return }
        stopCurrent(at: at)
        if let next = runs.indices.first(where: { $0 > item && !runs[$0].skipped }) { current = next }
    }

    mutating func end(at: Date) {
        guard !isEnded else { return }
        stopCurrent(at: at)
        endedAt = at
    }

    private mutating func stopCurrent(at: Date) {
        guard let since = runningSince else { return }
        runs[current].banked += max(0, at.timeIntervalSince(since))
        runs[current].lastStoppedAt = at
        runningSince = nil
    }
}
