import ConveneCore
import Foundation

/// The agenda as a table: each item's mark, planned start, title, planned and actual time.
enum AgendaList {
    /// Draws the table; `start` is when the first item starts and `currentActual` the current item's actual column,
    /// the only figures in it that move with the clock.
    static func draw(_ state: FacilitatorState, x: Int, y: Int, width: Int, height: Int, start: Date, currentActual: String,
                     into buffer: inout ScreenBuffer) {
        let meeting = state.meeting
        let items = meeting.agenda.items
        guard height > 1, width > 24 else { return }
        let showStart = width >= 52
        let titleX = x + 6 + (showStart ? 6 : 0), titleWidth = width - 21 - (showStart ? 6 : 0)
        /// One row drawn field by field at fixed columns, so no line of text is assembled every second.
        func row(_ mark: String, _ number: String, _ start: String, _ title: String, _ plan: String, _ actual: String,
                 y: Int, style: Style) {
            buffer.fill(x: x, y: y, width: width, height: 1, style: style)
            buffer.put(mark, x: x, y: y, style: style, width: 1)
            putRight(number, endingAt: x + 4, y: y, style: style)
            if showStart { buffer.put(start, x: x + 6, y: y, style: style, width: 5) }
            buffer.put(DisplayWidth.truncate(title, to: titleWidth), x: titleX, y: y, style: style, width: titleWidth)
            putRight(plan, endingAt: titleX + titleWidth + 6, y: y, style: style)
            putRight(actual, endingAt: x + width, y: y, style: style)
        }
        func putRight(_ text: String, endingAt end: Int, y: Int, style: Style) {
            buffer.put(text, x: end - DisplayWidth.of(text), y: y, style: style)
        }
        row(" ", "#", "start", "item", "plan", "actual", y: y, style: .dim)
        let rows = height - 1
        let current = meeting.timeline.current
        let first = max(0, min(current - rows / 3, items.count - rows))
        var plannedStart = start
        for index in 0..<items.count {
            defer { plannedStart = plannedStart.addingTimeInterval(TimeInterval(items[index].seconds)) }
            guard index >= first, index - first < rows else { continue }
            let run = meeting.timeline.runs[index]
            let isCurrent = index == current && !meeting.timeline.isEnded
            let mark = run.skipped ? "–" : isCurrent ? "▶" : run.hasStarted ? "✓" : " "
            let style: Style = isCurrent ? .selected : run.skipped ? .dim : .plain
            // Only the current item's time moves; any other item's is what it banked.
            let shown = index == current ? currentActual : actual(meeting, index, elapsed: run.banked)
            row(mark, String(index + 1), state.clock(plannedStart), items[index].title, DurationText.format(items[index].seconds),
                shown, y: y + 1 + index - first, style: style)
        }
    }

    /// Item `index`'s actual column after `elapsed` seconds. The running item counts whole minutes: its exact time is
    /// in the big digits, and a figure that changes once a minute keeps the idle screen's redraws to the countdown.
    static func actual(_ meeting: Meeting, _ index: Int, elapsed: TimeInterval) -> String {
        guard meeting.timeline.runs.indices.contains(index) else { return "" }
        let run = meeting.timeline.runs[index], seconds = Int(elapsed)
        if run.skipped { return "skipped" }
        if index == meeting.timeline.current && !meeting.timeline.isEnded && meeting.timeline.isRunning { return "\(seconds / 60)m" }
        return run.hasStarted ? ClockText.span(seconds) : ""
    }
}
