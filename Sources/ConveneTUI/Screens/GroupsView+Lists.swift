import ConveneCore

extension GroupsView {
    /// Draws the groups from `first` on, in one or two columns, names never split across lines; true when some are off screen.
    static func groupList(_ groups: [[String]], holders: [Int: [(role: String, person: String)]], first: Int, top: Int,
                          into buffer: inout ScreenBuffer) -> Bool {
        let width = buffer.size.width
        let bottom = buffer.size.height - 2
        let columns = width >= 110 ? 2 : 1
        let columnWidth = width / columns
        var row = [top, top]
        let start = min(max(0, first), max(0, groups.count - 1))
        var hidden = start > 0
        for (index, group) in groups.enumerated().dropFirst(start) {
            let column = columns == 2 && row[1] < row[0] ? 1 : 0
            let x = column * columnWidth
            let roles = (holders[index + 1] ?? []).map { holder in
                "\(holder.role): \(holder.person)" + placement(of: holder.person, in: groups, group: index)
            }
            let names = joined(group, width: columnWidth - 4)
            let lines = names.count + joined(roles, width: columnWidth - 4).count + 1
            guard row[column] + lines - 1 <= bottom || row[column] == top else {
                hidden = true
                break
            }
            buffer.put(" Group \(index + 1) · \(group.count)", x: x, y: row[column], style: .accent, width: columnWidth - 1)
            row[column] += 1
            let body = joined(roles, width: columnWidth - 4).map { ($0, Style.dim) } + names.map { ($0, Style.plain) }
            for (line, style) in body {
                guard row[column] < bottom else {
                    hidden = true
                    break
                }
                buffer.put(line, x: x + 3, y: row[column], style: style, width: columnWidth - 4)
                row[column] += 1
            }
            row[column] += 1
        }
        return hidden
    }

    /// Where a group role's holder sits this round when it is not in that group, so a role is never shown as covered when it is not.
    private static func placement(of person: String, in groups: [[String]], group: Int) -> String {
        guard !groups[group].contains(person) else { return "" }
        return groups.firstIndex { $0.contains(person) }.map { " (in group \($0 + 1) this round)" } ?? " (not in a group)"
    }

    /// Items joined by ` · ` into lines of at most `width` columns, each item kept whole on one line.
    static func joined(_ items: [String], width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for item in items.map({ DisplayWidth.truncate($0, to: width) }) {
            if line.isEmpty {
                line = item
            } else if DisplayWidth.of(line) + 3 + DisplayWidth.of(item) <= width {
                line += " · " + item
            } else {
                lines.append(line)
                line = item
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    static func moveList(_ groups: [[String]], move: GroupsPage.Move, top: Int, into buffer: inout ScreenBuffer) {
        let people = groups.enumerated().flatMap { g, names in names.map { ($0, g) } }
        buffer.put(" Move someone: choose a person, then the group they go to.", x: 0, y: top, style: .dim)
        let rows = buffer.size.height - top - 3
        let first = max(0, min(move.person - rows / 2, people.count - rows))
        for (offset, entry) in people.enumerated().dropFirst(first).prefix(max(0, rows)) {
            let selected = offset == move.person
            let target = selected ? "  → group \(move.toGroup + 1)" : ""
            buffer.put((selected ? " ▶ " : "   ") + DisplayWidth.pad(entry.0, to: 30) + " group \(entry.1 + 1)" + target,
                       x: 0, y: top + 1 + offset - first, style: selected ? .selected : .plain, width: buffer.size.width)
        }
    }
}
