import ConveneCore

/// The current item: its number and title, then (below the countdown block) its roles, prompt, breakout plan and
/// the facilitator's own notes from the agenda, the script they wrote for this moment.
///
/// Nothing here moves with the clock; the countdown is a `CountdownBlock` placed at `y + 1`.
enum CurrentItemPanel {
    /// Draws the panel around a countdown block of `countdown`'s size and returns the rows it used; nothing when
    /// there is no current item (and so no countdown). The agenda's notes come last and leave `spare` rows at the
    /// bottom untouched, so a narrow screen keeps some of its agenda list below the panel.
    @discardableResult
    static func draw(_ meeting: Meeting, x: Int, y: Int, width: Int, height: Int, countdown: CountdownBlock.Layout?,
                     compact: Bool = false, carried: String? = nil, spare: Int = 0, into buffer: inout ScreenBuffer) -> Int {
        guard let item = meeting.currentItem, let countdown else { return 0 }
        let index = meeting.timeline.current
        buffer.put("NOW \(index + 1)/\(meeting.agenda.items.count)  ", x: x, y: y, style: .accent)
        buffer.put(item.title, x: x + 4 + String(index + 1).count + String(meeting.agenda.items.count).count + 3, y: y, style: .bold,
                   width: width - 10)
        var row = y + 1 + countdown.size.height
        let facts = details(item, meeting: meeting) + (carried.map { ["\($0) · f lists them"] } ?? [])
        for (number, line) in (facts + item.noteLines.map { "· " + $0 }).enumerated() {
            let bottom = y + height - (number < facts.count ? 0 : spare)
            guard row < bottom else { break }
            let wrapped = TextWrap.lines(line, width: width - 2)
            let shown = wrapped.prefix(compact ? 1 : 3)
            for (offset, text) in shown.enumerated() where row < bottom {
                let more = offset == shown.count - 1 && wrapped.count > shown.count ? " …" : ""
                buffer.put(text + more, x: x, y: row, style: .plain, width: width)
                row += 1
            }
        }
        return row - y
    }

    private static func details(_ item: AgendaItem, meeting: Meeting) -> [String] {
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
        return lines
    }
}
