import ConveneCore
import Foundation

/// The agenda as a table: each item's mark, planned start, title, planned and actual time.
enum AgendaList {
    static func draw(_ state: FacilitatorState, x: Int, y: Int, width: Int, height: Int, now: Date, into buffer: inout ScreenBuffer) {
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
        var plannedStart = meeting.timeline.startedAt ?? now
        for index in 0..<items.count {
            defer { plannedStart = plannedStart.addingTimeInterval(TimeInterval(items[index].seconds)) }
            guard index >= first, index - first < rows else { continue }
            let run = meeting.timeline.runs[index]
            let isCurrent = index == current && !meeting.timeline.isEnded
            let mark = run.skipped ? "–" : isCurrent ? "▶" : run.hasStarted ? "✓" : " "
            let elapsed = Int(meeting.elapsed(index, now: now))
            // The current item's exact time is in the big digits; here it ticks by the minute, which keeps
            // the idle screen's redraws (and bytes over SSH) to the one changing figure.
            let actual = run.skipped ? "skipped" : isCurrent && meeting.timeline.isRunning ? "\(elapsed / 60)m"
                : run.hasStarted ? ClockText.span(elapsed) : ""
            let style: Style = isCurrent ? .selected : run.skipped ? .dim : .plain
            row(mark, String(index + 1), state.clock(plannedStart), items[index].title, DurationText.format(items[index].seconds),
                actual, y: y + 1 + index - first, style: style)
        }
    }
}
