import ConveneCore
import Foundation

/// The current item: its number and title, a large countdown, its state in words, roles, prompt and cue.
enum CurrentItemPanel {
    /// Draws the panel and returns the rows it used.
    @discardableResult
    static func draw(_ meeting: Meeting, x: Int, y: Int, width: Int, height: Int, now: Date, compact: Bool = false, into buffer: inout ScreenBuffer) -> Int {
        guard let item = meeting.currentItem else { return 0 }
        var row = y
        let index = meeting.timeline.current
        buffer.put("NOW \(index + 1)/\(meeting.agenda.items.count)  ", x: x, y: row, style: .accent)
        buffer.put(item.title, x: x + 4 + String(index + 1).count + String(meeting.agenda.items.count).count + 3, y: row, style: .bold,
                   width: width - 10)
        row += 1
        let status = CountdownStatus(meeting: meeting, now: now)
        if height - 6 >= BigDigits.glyphHeight && BigDigits.width(of: status.figure, scale: 1) <= width - 2 {
            let scale = 1
            row += 1
            BigDigits.draw(status.figure, x: x + 1, y: row, scale: scale, style: status.style, into: &buffer)
            row += BigDigits.glyphHeight * scale + 1
        } else {
            buffer.put(status.figure, x: x, y: row, style: status.style)
            row += 1
        }
        buffer.put(status.words, x: x, y: row, style: status.style, width: width)
        row += 1
        for line in details(item, meeting: meeting, now: now) {
            guard row < y + height else { break }
            let wrapped = TextWrap.lines(line, width: width - 2)
            let shown = wrapped.prefix(compact ? 1 : 3)
            for (offset, text) in shown.enumerated() where row < y + height {
                let more = offset == shown.count - 1 && wrapped.count > shown.count ? " …" : ""
                buffer.put(text + more, x: x, y: row, style: .plain, width: width)
                row += 1
            }
        }
        return row - y
    }

    private static func details(_ item: AgendaItem, meeting: Meeting, now: Date) -> [String] {
        var lines: [String] = []
        if !item.roles.isEmpty {
            // Who holds each role now, so the facilitator can call on them without opening the roles screen.
            let index = meeting.timeline.current
            lines.append("Roles: " + item.roles.map { role in
                "\(role): " + (meeting.roleHolders[RoleSlot(.item(index), role: role)] ?? "nobody yet (r assigns)")
            }.joined(separator: " · "))
        }
        if let prompt = item.prompt { lines.append("Prompt: " + prompt) }
        if let plan = item.breakout { lines.append("Breakout: " + plan.summary(itemSeconds: item.seconds)) }
        if let cue = item.cueSeconds, cue > 0 {
            let elapsed = Int(meeting.elapsed(meeting.timeline.current, now: now))
            lines.append("Cue every \(DurationText.format(cue)) · next in \(ClockText.span(cue - elapsed % cue))")
        }
        return lines
    }
}
