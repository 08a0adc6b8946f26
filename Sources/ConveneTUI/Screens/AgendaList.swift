import ConveneCore
import Foundation

/// The agenda as a table: each item's mark, planned start, title, planned and actual time.
enum AgendaList {
    static func draw(_ state: FacilitatorState, x: Int, y: Int, width: Int, height: Int, now: Date, into buffer: inout ScreenBuffer) {
        let meeting = state.meeting
        let items = meeting.agenda.items
        guard height > 1, width > 24 else { return }
        let showStart = width >= 52
        let titleWidth = width - 21 - (showStart ? 6 : 0)
        func row(_ mark: String, _ number: String, _ start: String, _ title: String, _ plan: String, _ actual: String) -> String {
            mark + " " + right(number, 2) + "  " + (showStart ? DisplayWidth.pad(start, to: 5) + " " : "")
                + DisplayWidth.pad(title, to: titleWidth) + " " + right(plan, 5) + "  " + right(actual, 7)
        }
        buffer.put(row(" ", "#", "start", "item", "plan", "actual"), x: x, y: y, style: .dim, width: width)
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
            let line = row(mark, String(index + 1), state.clock(plannedStart), items[index].title,
                           DurationText.format(items[index].seconds), actual)
            let style: Style = isCurrent ? .selected : run.skipped ? .dim : .plain
            buffer.put(DisplayWidth.pad(line, to: width), x: x, y: y + 1 + index - first, style: style)
        }
    }

    private static func right(_ text: String, _ width: Int) -> String {
        let used = DisplayWidth.of(text)
        return used >= width ? text : String(repeating: " ", count: width - used) + text
    }
}
