import ConveneCore
import Foundation

/// The report back: every group's notes on the current item, side by side in columns, newest at the bottom.
enum ReportBackView {
    static func render(_ state: FacilitatorState, size: Size, now: Date) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let meeting = state.meeting
        let rule = String(repeating: "─", count: size.width)
        buffer.put(" Report back · notes per group as they arrive", x: 0, y: 0, style: .heading)
        buffer.put(rule, x: 0, y: 1, style: .dim)
        let groups = Array(Set(meeting.notes.all.map(\.group))).sorted { ($0 ?? 0) < ($1 ?? 0) }
        guard !groups.isEmpty else {
            buffer.put(" No notes yet. Note-takers join with: convene join \(meeting.id)", x: 0, y: 3, style: .dim)
            footer(size: size, into: &buffer)
            return buffer
        }
        let columns = max(1, min(groups.count, size.width / 30))
        let width = size.width / columns
        let bodyRows = size.height - 4
        let blocks = (groups.count + columns - 1) / columns
        let blockRows = max(2, bodyRows / blocks)
        for (index, group) in groups.enumerated() {
            let x = (index % columns) * width
            let y = 2 + (index / columns) * blockRows
            let notes = meeting.notes.all.filter { $0.group == group }
            buffer.put(" \(group.map { "Group \($0)" } ?? "Whole room") · \(notes.count)", x: x, y: y, style: .bold, width: width - 1)
            // Each note is wrapped whole, so a headline read out to the room is never cut off; the newest are kept.
            let lines = notes.flatMap { note -> [(String, Style)] in
                let text = "\(note.kind.rawValue): \(note.text)" + (note.struck ? " (struck)" : "")
                return TextWrap.lines(text, width: width - 5).enumerated().map { ($0.offset == 0 ? "  " : "    ") + $0.element }
                    .map { ($0, note.struck ? .dim : .plain) }
            }
            var row = y + 1
            for (line, style) in lines.suffix(blockRows - 1) where row < min(y + blockRows, size.height - 2) {
                buffer.put(line, x: x, y: row, style: style, width: width - 1)
                row += 1
            }
        }
        footer(size: size, into: &buffer)
        return buffer
    }

    private static func footer(size: Size, into buffer: inout ScreenBuffer) {
        buffer.put(DisplayWidth.pad(" w or Esc back to the agenda  t take a note  q quit", to: size.width), x: 0, y: size.height - 1, style: .status)
    }
}
