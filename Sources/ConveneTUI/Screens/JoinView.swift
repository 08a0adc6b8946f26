import ConveneCore
import Foundation

/// The note-taker's screen as a pure function of state, terminal size and the time.
public enum JoinView {
    public static func render(_ state: JoinState, size: Size, now: Date) -> ScreenBuffer {
        guard !size.isBelowMinimum else { return TooSmallView.render(size: size) }
        var buffer = ScreenBuffer(size: size)
        let meeting = state.meeting
        let place = NotePlace.of(meeting, group: state.group, now: now)
        let right = "\(groupName(place)) · \(state.clock(now))"
        let rightWidth = DisplayWidth.of(right)
        buffer.put(" Notes · " + meeting.agenda.title, x: 0, y: 0, style: .heading, width: size.width - rightWidth - 2)
        buffer.put(right, x: size.width - rightWidth - 1, y: 0, style: .bold)
        let rule = String(repeating: "─", count: size.width)
        buffer.put(rule, x: 0, y: 1, style: .dim)
        let item = meeting.currentItem
        let status = meeting.timeline.isEnded ? "ENDED" : "NOW \(place.item + 1)/\(meeting.agenda.items.count)"
        buffer.put(" \(status)  \(item?.title ?? "")", x: 0, y: 2, style: .bold, width: size.width - 1)
        var row = 3
        let promptRows = size.height >= 30 ? 3 : 1
        if let prompt = item?.prompt {
            for line in TextWrap.lines("Prompt: " + prompt, width: size.width - 2).prefix(promptRows) {
                buffer.put(" " + line, x: 0, y: row, style: .accent)
                row += 1
            }
        }
        buffer.put(rule, x: 0, y: row, style: .dim)
        let bottom = size.height - 5
        let body = bottom - row
        let ownRows = max(2, body * 3 / 5)
        let own = meeting.notes.notes(item: place.item, group: place.group)
        buffer.put(" \(groupName(place)) · \(own.count) note\(own.count == 1 ? "" : "s") on this item", x: 0, y: row + 1, style: .heading)
        list(own, rows: ownRows - 1, showGroup: false, x: 2, y: row + 2, width: size.width - 3, into: &buffer)
        let othersTop = row + 1 + ownRows
        if othersTop < bottom {
            let others = meeting.notes.all.filter { $0.group != place.group }
            buffer.put(" Other groups, as they arrive", x: 0, y: othersTop, style: .heading)
            list(others, rows: bottom - othersTop, showGroup: true, x: 2, y: othersTop + 1, width: size.width - 3, into: &buffer)
        }
        buffer.put(rule, x: 0, y: size.height - 4, style: .dim)
        buffer.put(" Kind: \(state.kind.rawValue.uppercased())  \(hint(state.kind))", x: 0, y: size.height - 3, style: .plain, width: size.width)
        if state.stage == .pickGroup {
            drawPicker(state, size: size, into: &buffer)
        } else {
            let label = " \(state.kind.rawValue) › "
            let used = buffer.put(label, x: 0, y: size.height - 2, style: .bold)
            state.editor.draw(x: used, y: size.height - 2, width: size.width - used - 1, into: &buffer)
        }
        buffer.put(DisplayWidth.pad(" " + statusLine(state, size: size), to: size.width), x: 0, y: size.height - 1, style: .status)
        return buffer
    }

    static func groupName(_ place: NotePlace) -> String {
        place.group.map { "Group \($0)" + (place.round.map { ", round \($0)" } ?? "") } ?? "Whole room"
    }

    private static func hint(_ kind: Note.Kind) -> String {
        switch kind {
        case .action: "@name in the text is the owner"
        case .followUp: "@person to contact, then @organizer"
        case .quote: "someone's own words"
        case .decision: "what the group decided"
        case .idea, .note: "Tab changes the kind"
        }
    }

    private static func statusLine(_ state: JoinState, size: Size) -> String {
        if let notice = state.notice { return "! " + notice }
        if state.stage == .pickGroup { return "type a group number, Enter  ·  Esc leaves" }
        let saved = state.savedAt.map { "✓ saved \(state.clock($0))  " } ?? ""
        let keys = [
            "Enter save  Tab kind  ↑↓ history  Ctrl-W word  Ctrl-G group  Esc leave",
            "Enter save  Tab kind  Ctrl-G group  Esc leave",
            "Enter save  Ctrl-G group  Esc leave",
        ]
        return saved + (keys.first { DisplayWidth.of(saved + $0) < size.width } ?? keys[keys.count - 1])
    }

    private static func drawPicker(_ state: JoinState, size: Size, into buffer: inout ScreenBuffer) {
        let long = " Which group do you take notes for? (Enter alone: whole room) "
        let prompt = DisplayWidth.of(long) + 8 <= size.width ? long : " Group number (Enter alone: whole room): "
        let used = buffer.put(prompt, x: 0, y: size.height - 2, style: .bold)
        state.picker.draw(x: used, y: size.height - 2, width: max(4, size.width - used - 1), into: &buffer)
    }

    /// The newest notes that fit in `rows`, each wrapped whole (never cut mid-word): a tick (it is in the log),
    /// the kind in words, the text and who wrote it.
    private static func list(_ notes: [Note], rows: Int, showGroup: Bool, x: Int, y: Int, width: Int, into buffer: inout ScreenBuffer) {
        let lines = notes.flatMap { note -> [(String, Style)] in
            var line = "✓ "
            if showGroup { line += note.group.map { "G\($0) " } ?? "room " }
            line += "\(note.kind.rawValue): \(note.text)"
            if let owner = note.owner { line += " (owner \(owner))" }
            if let person = note.person { line += " (contact \(person), by \(note.organizer ?? "?"))" }
            if note.struck { line += " (struck)" }
            line += " — \(note.author)"
            let style: Style = note.struck ? .dim : .plain
            return TextWrap.lines(line, width: width - 2).enumerated().map { ($0.offset == 0 ? $0.element : "  " + $0.element, style) }
        }
        for (offset, line) in lines.suffix(max(0, rows)).enumerated() {
            buffer.put(line.0, x: x, y: y + offset, style: line.1, width: width)
        }
    }
}
