import ConveneCore
import Foundation

/// The current item's countdown as both views show it: the figure, the words, and the style.
///
/// Words and symbols always accompany the style, so warning and overrun never depend on colour.
public struct CountdownStatus: Equatable, Sendable {
    public var figure: String
    public var words: String
    /// The state without the ticking figure, for the projector, where the big digits already say it.
    public var state: String
    public var style: Style

    public init(meeting: borrowing Meeting, now: Date) {
        let remaining = meeting.remaining(now: now)
        let target = meeting.timeline.runs.indices.contains(meeting.timeline.current)
            ? meeting.timeline.runs[meeting.timeline.current].targetSeconds : 0
        figure = ClockText.countdown(remainingSeconds: remaining)
        let left = "\(ClockText.span(max(0, remaining))) left of \(ClockText.span(target))"
        switch (meeting.clockState, meeting.level(now: now)) {
        case (.ended, _):
            figure = "00:00"
            words = "■ MEETING ENDED"
            state = words
            style = .dim
        case (.ready, _):
            words = "● READY · space starts the clock"
            state = "● READY · \(ClockText.span(target)) planned"
            style = .bold
        case (let clock, .overrun):
            let paused = clock == .paused ? " · ❚❚ PAUSED" : ""
            words = "‼ OVER TIME by \(ClockText.span(-remaining))\(paused) (planned \(ClockText.span(target)))"
            state = "‼ OVER TIME (planned \(ClockText.span(target)))" + (clock == .paused ? " · PAUSED" : "")
            style = .overrun
        case (.paused, _):
            words = "❚❚ PAUSED · \(left)"
            state = "❚❚ PAUSED"
            style = .dim
        case (_, .warning):
            words = "! WARNING · \(left)"
            state = "! WARNING · \(ClockText.span(target)) planned"
            style = .warning
        default:
            words = "▶ RUNNING · \(left)"
            state = "▶ RUNNING · \(ClockText.span(target)) planned"
            style = .good
        }
    }
}
