import ConveneCore

extension LineEditor {
    /// The part of the line shown in a field `width` columns wide, scrolled so the cursor is always
    /// visible; `cursorColumn` is where the cursor sits within the field.
    public func window(width: Int) -> (text: String, cursorColumn: Int, scrolled: Bool) {
        guard width > 1 else { return ("", 0, cursor > 0) }
        let widths = characters.map { DisplayWidth.of(String($0)) }
        var first = 0
        var before = widths[0..<cursor].reduce(0, +)
        while first < cursor, before + (first > 0 ? 1 : 0) > width - 1 {
            before -= widths[first]
            first += 1
        }
        let marker = first > 0 ? "‹" : ""
        let room = width - DisplayWidth.of(marker)
        var shown = ""
        var used = 0
        for index in first..<characters.count {
            guard used + widths[index] <= room else { break }
            shown.append(characters[index])
            used += widths[index]
        }
        return (marker + shown, DisplayWidth.of(marker) + before, first > 0)
    }

    /// Draws the field at `x, y`, the cursor shown as a reversed cell so it is visible without colour.
    public func draw(x: Int, y: Int, width: Int, into buffer: inout ScreenBuffer) {
        let view = window(width: width)
        buffer.put(DisplayWidth.pad(view.text, to: width), x: x, y: y, style: .plain, width: width)
        let under = cursor < characters.count ? DisplayWidth.of(String(characters[cursor])) : 1
        buffer.restyle(x: x + view.cursorColumn, y: y, width: max(1, under), style: .selected)
    }
}
