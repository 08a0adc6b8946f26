import ConveneCore

/// The frame shared by the attendance and roles screens: a title, a scrolled list with a cursor, a status line.
enum PeopleList {
    /// Draws `rows` (already in columns) between the title and the status line, keeping `cursor` in view.
    static func draw(title: String, rows: [(text: String, style: Style)], cursor: Int?, status: String,
                     size: Size, into buffer: inout ScreenBuffer) {
        draw(title: title, count: rows.count, cursor: cursor, status: status, size: size, into: &buffer) { rows[$0] }
    }

    /// The status line while a name is typed to find someone, saying when nobody in `names` fits it.
    static func findStatus(_ field: NameField, names: [String]) -> String {
        let missing = !field.text.isEmpty && TypedName.firstFitting(field.text, in: names) == nil
        return " " + field.prompt + field.text + "▏" + (missing ? "  nobody fits" : "")
    }

    /// The same for a long list whose rows are made only when they show, so thousands cost no more than a screenful.
    static func draw(title: String, count: Int, cursor: Int?, status: String, size: Size, into buffer: inout ScreenBuffer,
                     row: (Int) -> (text: String, style: Style)) {
        buffer.put(" " + title, x: 0, y: 0, style: .heading, width: size.width)
        buffer.put(String(repeating: "─", count: size.width), x: 0, y: 1, style: .dim)
        let visible = size.height - 4
        let (top, shown) = window(count: count, cursor: cursor, size: size)
        for (offset, index) in shown.enumerated() {
            let row = row(index)
            let selected = top + offset == cursor
            let line = DisplayWidth.pad((selected ? "▸ " : "  ") + row.text, to: size.width)
            buffer.put(line, x: 0, y: 2 + offset, style: selected ? .selected : row.style, width: size.width)
        }
        if count > visible {
            buffer.put(" \(top + 1)–\(min(count, top + visible)) of \(count)", x: 0, y: size.height - 2, style: .dim)
        }
        buffer.put(DisplayWidth.pad(status, to: size.width), x: 0, y: size.height - 1, style: .status, width: size.width)
    }

    /// The rows that show at `size` with `cursor` kept in view: the first, and all of them in order.
    static func window(count: Int, cursor: Int?, size: Size) -> (top: Int, rows: Range<Int>) {
        let visible = max(0, size.height - 4)
        let top = min(max(0, (cursor ?? 0) - visible / 2), max(0, count - visible))
        return (top, top..<min(count, top + visible))
    }

    /// A name padded or cut to `width` columns, so columns line up in any script.
    static func column(_ text: String, _ width: Int) -> String {
        DisplayWidth.pad(DisplayWidth.truncate(text, to: width), to: width)
    }
}
