/// Countdown figures drawn as solid blocks, scaled up to be read from the back of a room.
///
/// A lit pixel is `█` and an unlit one a space, both in the same `fill` style over the whole figure, so a digit
/// that changes every second sends only characters to the terminal, never an attribute change.
public enum BigDigits {
    /// Rows of each glyph at scale 1: 3 columns by 5 rows, `#` filled.
    private static let glyphs: [Character: [String]] = [
        "0": ["###", "# #", "# #", "# #", "###"],
        "1": ["  #", "  #", "  #", "  #", "  #"],
        "2": ["###", "  #", "###", "#  ", "###"],
        "3": ["###", "  #", "###", "  #", "###"],
        "4": ["# #", "# #", "###", "  #", "  #"],
        "5": ["###", "#  ", "###", "  #", "###"],
        "6": ["###", "#  ", "###", "# #", "###"],
        "7": ["###", "  #", "  #", "  #", "  #"],
        "8": ["###", "# #", "###", "# #", "###"],
        "9": ["###", "# #", "###", "  #", "###"],
        ":": [" ", "#", " ", "#", " "],
        "+": ["   ", " # ", "###", " # ", "   "],
    ]

    public static let glyphHeight = 5

    /// Columns the text takes at `scale`, with one blank pixel between glyphs.
    ///
    /// A pixel is `2 * scale` columns by `scale` rows, because terminal cells are about twice as tall
    /// as they are wide: digits keep their shape at every size.
    public static func width(of text: String, scale: Int) -> Int {
        let columns = text.reduce(0) { $0 + (glyphs[$1]?.first?.count ?? 1) }
        return (columns + max(0, text.count - 1)) * 2 * scale
    }

    /// The largest scale at which `text` fits in `width` by `height`, at least 1.
    public static func scale(for text: String, width: Int, height: Int) -> Int {
        var scale = 1
        while Self.width(of: text, scale: scale + 1) <= width && glyphHeight * (scale + 1) <= height { scale += 1 }
        return scale
    }

    /// Draws `text` with its top-left corner at `x, y`, blanking the whole figure's box first.
    public static func draw(_ text: String, x: Int, y: Int, scale: Int, style: Style, into buffer: inout ScreenBuffer) {
        let fill = style.filled
        buffer.fill(x: x, y: y, width: width(of: text, scale: scale), height: glyphHeight * scale, style: fill)
        var column = x
        for character in text {
            let glyph = glyphs[character] ?? [" ", " ", " ", " ", " "]
            for (row, pattern) in glyph.enumerated() {
                for (offset, mark) in pattern.enumerated() where mark == "#" {
                    buffer.fill(x: column + offset * 2 * scale, y: y + row * scale, width: 2 * scale, height: scale, style: fill, text: "█")
                }
            }
            column += ((glyph.first?.count ?? 1) + 1) * 2 * scale
        }
    }
}
