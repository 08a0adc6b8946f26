import ConveneCore
import Foundation

/// Draws the review screen: a header, the meetings list, search hits or an open record's tab, and key hints.
public enum ReviewView {
    public static func render(_ state: ReviewState, size: Size) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let width = size.width
        buffer.fill(x: 0, y: 0, width: width, height: 1, style: .status)
        var lines: [(String, Style)]
        var top = 1
        // Where the lines drawn start in the list; a long follow-ups list makes only the rows that show, from 0.
        var windowed = false
        if let record = state.record {
            _ = buffer.put(" \(record.title) · \(record.id) · \(record.status.rawValue)", x: 0, y: 0, style: .status, width: width)
            _ = buffer.put(tabLine(state.tab, width: width), x: 0, y: 1, style: .heading, width: width)
            top = 2
            lines = ReviewLines.wrapped(ReviewLines.tab(state.tab, record, width: width), width: width)
        } else if let hits = state.hits {
            _ = buffer.put(" Search: \(hits.count) note(s) · Enter opens the meeting · Esc back", x: 0, y: 0, style: .status, width: width)
            lines = hits.enumerated().map { index, hit in
                (marker(index == state.selected) + "\(hit.meeting) · \(hit.itemTitle) · \(hit.place) · \(hit.kind) · \(hit.author): \(hit.text)",
                 index == state.selected ? .selected : .plain)
            }
        } else if let list = state.followUps {
            let heading = list.all ? " Follow-ups · \(list.items.count) in all, \(list.open) open · by who holds them"
                : " Follow-ups · \(list.open) open across meetings · by who holds them"
            _ = buffer.put(heading, x: 0, y: 0, style: .status, width: width)
            let first = max(0, list.selected - (size.height - 2) + 1)
            lines = ReviewLines.followUps(list, rows: first..<min(list.items.count, first + size.height - 2))
            windowed = true
        } else {
            _ = buffer.put(" Records · \(state.meetings.count) meeting(s) · newest first", x: 0, y: 0, style: .status, width: width)
            lines = state.meetings.enumerated().map { index, m in
                let figures = "  · \(m.attendance) people · \(m.notes) notes · \(m.status.rawValue)"
                let title = DisplayWidth.truncate(m.title, to: max(8, width - 14 - DisplayWidth.of(figures)))
                return (marker(index == state.selected) + m.date + "  " + title + figures, index == state.selected ? .selected : .plain)
            }
        }
        let rows = max(0, size.height - top - 1)
        let first = windowed ? 0 : state.record == nil ? max(0, state.selected - rows + 1) : min(state.scroll, max(0, lines.count - rows))
        for (offset, line) in lines.dropFirst(first).prefix(rows).enumerated() {
            _ = buffer.put(line.0, x: 0, y: top + offset, style: line.1, width: width)
        }
        if lines.isEmpty { _ = buffer.put(emptyWords(state), x: 0, y: top, style: .dim, width: width) }
        buffer.fill(x: 0, y: size.height - 1, width: width, height: 1, style: .status)
        _ = buffer.put(footer(state, width: width), x: 0, y: size.height - 1, style: .status, width: width)
        return buffer
    }

    private static func marker(_ selected: Bool) -> String { selected ? "▶ " : "  " }

    /// What an empty list says instead of nothing.
    private static func emptyWords(_ state: ReviewState) -> String {
        if state.hits != nil { return " No notes match." }
        if let list = state.followUps {
            return list.all ? " No actions or follow-ups recorded." : " Nothing open. a shows the done and dropped ones too."
        }
        return " No meetings yet."
    }

    /// Every tab when they fit, the current one in brackets (not colour alone); else just the current one.
    static func tabLine(_ current: ReviewState.Tab, width: Int) -> String {
        let all = ReviewState.Tab.allCases.map { tab in
            tab == current ? "[\(tab.rawValue + 1) \(tab.title)]" : " \(tab.rawValue + 1) \(tab.title) "
        }.joined()
        if DisplayWidth.of(all) <= width { return all }
        return "[\(current.rawValue + 1)/\(ReviewState.Tab.allCases.count) \(current.title)]  Tab/←→ or 1-6"
    }

    private static func footer(_ state: ReviewState, width: Int) -> String {
        if let query = state.query { return " Search: \(query)▏  Enter search · Esc cancel" }
        if let notice = state.notice { return " " + notice }
        if state.record != nil {
            let keys = " Tab/←→ tabs  ↑↓ scroll  e export  / search  Esc back  q quit"
            return DisplayWidth.of(keys) <= width ? keys : " Tab tabs  ↑↓ scroll  e export  / search  Esc back  q quit"
        }
        if state.hits == nil, let list = state.followUps {
            let keys = " ↑↓ choose  Enter its meeting  a \(list.all ? "open only" : "done too")  f or Esc meetings  q quit"
            return DisplayWidth.of(keys) <= width ? keys : " Enter meeting  a \(list.all ? "open" : "all")  f meetings  q quit"
        }
        return " ↑↓ choose  Enter open  f follow-ups  / search  q quit"
    }
}
