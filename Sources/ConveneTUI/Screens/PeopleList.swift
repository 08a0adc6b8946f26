import ConveneCore

/// The frame shared by the attendance and roles screens: a title, a scrolled list with a cursor, a status line.
enum PeopleList {
    /// Draws `rows` (already in columns) between the title and the status line, keeping `cursor` in view.
    static func draw(title: String, rows: [(text: String, style: Style)], cursor: Int?, status: String,
                     size: Size, into buffer: inout ScreenBuffer) {
        buffer.put(" " + title, x: 0, y: 0, style: .heading, width: size.width)
        buffer.put(String(repeating: "─", count: size.width), x: 0, y: 1, style: .dim)
        let visible = size.height - 4
        let top = min(max(0, (cursor ?? 0) - visible / 2), max(0, rows.count - visible))
        for (offset, row) in rows.dropFirst(top).prefix(visible).enumerated() {
            let selected = top + offset == cursor
            let line = DisplayWidth.pad((selected ? "▸ " : "  ") + row.text, to: size.width)
            buffer.put(line, x: 0, y: 2 + offset, style: selected ? .selected : row.style, width: size.width)
        }
        if rows.count > visible {
            buffer.put(" \(top + 1)–\(min(rows.count, top + visible)) of \(rows.count)", x: 0, y: size.height - 2, style: .dim)
        }
        buffer.put(DisplayWidth.pad(status, to: size.width), x: 0, y: size.height - 1, style: .status, width: size.width)
    }

    /// A name padded or cut to `width` columns, so columns line up in any script.
    static func column(_ text: String, _ width: Int) -> String {
        DisplayWidth.pad(DisplayWidth.truncate(text, to: width), to: width)
    }
}
