import ConveneCore
import Foundation

/// The facilitator's main screen: the agenda beside (or, when narrow, below) the current item, and the schedule.
///
/// Drawn in two layers so that an idle second redraws only the countdown: the countdown block, and everything else,
/// which is drawn from `Times` (the figures it shows from the clock) and never reads the clock itself.
enum AgendaScreen {
    static func render(_ state: FacilitatorState, size: Size, now: Date) -> ScreenBuffer {
        let status = CountdownStatus(meeting: state.meeting, now: now)
        let times = Times(state, size: size, figure: status.figure, now: now)
        var buffer = still(state, size: size, times: times)
        if let countdown = countdown(state, status: status, times: times, now: now) {
            buffer.place(countdown.block, x: countdown.area.x, y: countdown.area.y)
        }
        return buffer
    }

    static func ticking(_ state: FacilitatorState, size: Size, now: Date) -> Ticking? {
        let status = CountdownStatus(meeting: state.meeting, now: now)
        return countdown(state, status: status, times: Times(state, size: size, figure: status.figure, now: now), now: now)
    }

    private static func countdown(_ state: FacilitatorState, status: CountdownStatus, times: Times, now: Date) -> Ticking? {
        guard let layout = times.countdown else { return nil }
        let block = CountdownBlock.render(state.meeting, status, layout: layout, now: now)
        return Ticking(still: .agenda(times), x: times.panel.x, y: times.panel.y + 1, block: block)
    }

    /// Rows a narrow screen keeps for its agenda list (the rule above it, its heading and two items) when the
    /// current item's notes would otherwise fill them.
    private static let listRowsKept = 4

    /// Everything but the countdown block.
    private static func still(_ state: FacilitatorState, size: Size, times: Times) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let meeting = state.meeting, panel = times.panel
        let carried = state.carriedSummary
        header(state, size: size, clock: times.clock, into: &buffer)
        if let listWidth = times.listWidth {
            AgendaList.draw(state, x: 0, y: panel.y, width: listWidth, height: panel.size.height, start: times.listStart,
                            currentActual: times.currentActual, into: &buffer)
            for row in panel.y..<(panel.y + panel.size.height) { buffer.put("│", x: listWidth, y: row, style: .dim) }
            CurrentItemPanel.draw(meeting, x: panel.x, y: panel.y, width: panel.size.width, height: panel.size.height,
                                  countdown: times.countdown, carried: carried, into: &buffer)
        } else {
            let used = CurrentItemPanel.draw(meeting, x: panel.x, y: panel.y, width: panel.size.width, height: panel.size.height,
                                             countdown: times.countdown, compact: true, carried: carried,
                                             spare: listRowsKept, into: &buffer)
            let listTop = panel.y + used + 1, bottom = panel.y + panel.size.height - 1
            if listTop <= bottom {
                buffer.fill(x: 0, y: listTop - 1, width: size.width, height: 1, style: .dim, text: "─")
                AgendaList.draw(state, x: 0, y: listTop, width: size.width, height: bottom - listTop + 1, start: times.listStart,
                                currentActual: times.currentActual, into: &buffer)
            }
        }
        footer(state, size: size, schedule: times.schedule, into: &buffer)
        return buffer
    }

    private static func header(_ state: FacilitatorState, size: Size, clock: String, into buffer: inout ScreenBuffer) {
        let agenda = state.meeting.agenda
        let placeRoom = max(0, size.width / 3 - DisplayWidth.of(clock) - 3)
        let place = agenda.place.map { DisplayWidth.truncate($0, to: placeRoom) }.flatMap { $0.isEmpty ? nil : $0 }
        let right = [place, clock].compactMap { $0 }.joined(separator: " · ")
        let rightWidth = DisplayWidth.of(right)
        buffer.put(" " + agenda.title, x: 0, y: 0, style: .heading, width: size.width - rightWidth - 2)
        buffer.put(right, x: size.width - rightWidth - 1, y: 0, style: .plain)
        buffer.fill(x: 0, y: 1, width: size.width, height: 1, style: .dim, text: "─")
    }

    private static func footer(_ state: FacilitatorState, size: Size, schedule: Times.Schedule, into buffer: inout ScreenBuffer) {
        let meeting = state.meeting
        buffer.put(schedule.text, x: 0, y: size.height - 3, style: schedule.style)
        if let next = meeting.nextItemIndex {
            let item = meeting.agenda.items[next]
            let lead = " Next: \(next + 1) ", duration = " (\(DurationText.format(item.seconds)))"
            let title = DisplayWidth.truncate(item.title, to: size.width - DisplayWidth.of(lead + duration) - 1)
            buffer.put(lead + title + duration, x: 0, y: size.height - 2, style: .plain)
        } else {
            buffer.put(meeting.timeline.isEnded ? " The meeting has ended." : " Next: this is the last item; n ends the meeting", x: 0, y: size.height - 2, style: .dim)
        }
        let status: String
        if let notice = state.notice {
            status = " \(notice)"
        } else if let reason = state.readOnlyReason {
            status = " READ-ONLY (\(reason))  p projector  ? help  q quit"
        } else {
            status = KeyHints.line(width: size.width)
        }
        buffer.put(DisplayWidth.pad(status, to: size.width), x: 0, y: size.height - 1, style: .status)
    }
}
