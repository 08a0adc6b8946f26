import ConveneCore
import Foundation

/// The carried-forward screen: open actions and follow-ups from earlier meetings of the series, each with where it
/// stands in words (never by colour alone), to close in the room as people report back.
enum CarriedView {
    static func render(_ state: FacilitatorState, size: Size, now: Date) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let today = state.roomClock.day(now)
        let items = state.carried
        let cursor = items.isEmpty ? nil : min(state.carriedPage.cursor, items.count - 1)
        let shown = PeopleList.window(count: items.count, cursor: cursor, size: size).rows
        let holderWidth = min(max(18, size.width / 3), shown.map { DisplayWidth.of(items[$0].waitsOn) }.max() ?? 0)
        let status: String
        if let input = state.carriedPage.input {
            let prompt = " " + input.prompt
            let room = max(10, size.width - DisplayWidth.of(prompt))
            status = prompt + input.editor.window(width: room).text + "▏"
        } else if let notice = state.notice {
            status = " " + notice
        } else {
            status = size.width >= 90 ? " ↑↓ move  d or Enter done  x drop  f or Esc agenda  ? keys  q quit"
                : " d done  x drop  f/Esc agenda  ? keys"
        }
        PeopleList.draw(title: "From earlier meetings · \(state.carriedOpen) open of \(items.count)", count: items.count, cursor: cursor,
                        status: status, size: size, into: &buffer) { index in
            let item = items[index]
            let text = PeopleList.column(item.standing(today: today), 9) + PeopleList.column(item.waitsOn, holderWidth) + "  "
                + item.text + (item.due.map { " · due " + $0 } ?? "") + " · " + item.meeting.prefix(10) + " " + item.id
                + (item.closingWords.map { " · " + $0 } ?? "")
            return (text, item.status == .open ? (item.isOverdue(today: today) ? .warning : .plain) : .dim)
        }
        if items.isEmpty {
            buffer.put("  Nothing open from earlier meetings of this series.", x: 0, y: 2, style: .dim, width: size.width)
        }
        return buffer
    }
}
