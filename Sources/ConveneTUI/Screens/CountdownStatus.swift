import ConveneCore
import Foundation

/// The current item's countdown as both views show it: the figure, the words, and the style.
///
/// Words and symbols always accompany the style, so warning and overrun never depend on colour.
public struct CountdownStatus: Equatable, Sendable {
    public var figure: String
    public var words: String
    public var style: Style

    public init(meeting: Meeting, now: Date) {
        let remaining = meeting.remaining(now: now)
        let target = meeting.timeline.runs.indices.contains(meeting.timeline.current)
            ? meeting.timeline.runs[meeting.timeline.current].targetSeconds : 0
        figure = ClockText.countdown(remainingSeconds: remaining)
        let left = "\(ClockText.span(max(0, remaining))) left of \(ClockText.span(target))"
        switch (meeting.clockState, meeting.level(now: now)) {
        case (.ended, _):
            figure = "00:00"
            words = "■ MEETING ENDED"
            style = .dim
        case (.ready, _):
            words = "● READY · space starts the clock"
            style = .bold
        case (_, .overrun):
            words = "‼ OVER TIME by \(ClockText.span(-remaining)) (planned \(ClockText.span(target)))"
                + (meeting.clockState == .paused ? " · PAUSED" : "")
            style = .overrun
        case (.paused, _):
            words = "❚❚ PAUSED · \(left)"
            style = .dim
        case (_, .warning):
            words = "! WARNING · \(left)"
            style = .warning
        default:
            words = "▶ RUNNING · \(left)"
            style = .good
        }
    }
}
