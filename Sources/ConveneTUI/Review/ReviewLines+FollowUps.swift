import ConveneCore

/// The follow-ups list across meetings: one line per item, where it stands first in words, then who it waits on.
extension ReviewLines {
    /// The lines of the items at `rows`, made only for the rows that show.
    static func followUps(_ list: ReviewState.FollowUpsList, rows: Range<Int>) -> [(String, Style)] {
        let holders = min(24, rows.map { DisplayWidth.of(list.items[$0].waitsOn) }.max() ?? 0)
        return rows.map { index in
            let item = list.items[index]
            let overdue = item.isOverdue(today: list.today)
            let text = (index == list.selected ? "▶ " : "  ") + DisplayWidth.pad(item.standing(today: list.today), to: 8)
                + DisplayWidth.pad(DisplayWidth.truncate(item.waitsOn, to: holders), to: holders) + "  " + item.text
                + (item.due.map { " · due " + $0 } ?? "") + (item.closingWords.map { " · " + $0 } ?? "")
                + " · " + item.meeting.prefix(10) + " " + item.meetingTitle
            let style: Style = index == list.selected ? .selected : item.status != .open ? .dim : overdue ? .warning : .plain
            return (text, style)
        }
    }
}
