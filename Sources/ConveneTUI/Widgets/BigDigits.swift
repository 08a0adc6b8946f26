/// Countdown figures drawn as solid blocks, scaled up to be read from the back of a room.
///
/// A lit pixel is `█` and an unlit one a space, both in the same `fill` style over the whole figure, so a digit
/// that changes every second sends only characters to the terminal, never an attribute change.
public enum BigDigits {
    /// Rows of each glyph at scale 1: 3 columns by 5 rows, `#` filled.
    private static let art: [Character: [String]] = [
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

    /// A glyph as its width in pixels and one bit per lit pixel, row by row from the top left.
    private struct Glyph {
        var columns = 1
        var bits: UInt16 = 0

        func lit(row: Int, column: Int) -> Bool { bits & (1 << (row * columns + column)) != 0 }
    }

    /// The art as glyphs by ASCII code, made once, so drawing a figure every second does no lookups by character.
    private static let table: [Glyph] = {
        var table = [Glyph](repeating: Glyph(), count: 128)
        for (character, rows) in art {
            guard let code = character.asciiValue else { continue }
            var glyph = Glyph(columns: rows[0].count)
            for (row, pattern) in rows.enumerated() {
                for (column, mark) in pattern.enumerated() where mark == "#" { glyph.bits |= 1 << (row * glyph.columns + column) }
            }
            table[Int(code)] = glyph
        }
        return table
    }()

    private static func glyph(_ byte: UInt8) -> Glyph { byte < 128 ? table[Int(byte)] : Glyph() }

    public static let glyphHeight = 5

    /// Columns the text takes at `scale`, with one blank pixel between glyphs.
    ///
    /// A pixel is `2 * scale` columns by `scale` rows, because terminal cells are about twice as tall
    /// as they are wide: digits keep their shape at every size.
    public static func width(of text: String, scale: Int) -> Int {
        let columns = text.utf8.reduce(0) { $0 + glyph($1).columns }
        return (columns + max(0, text.utf8.count - 1)) * 2 * scale
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
        let pixel = Cell("█", style: fill)
        var left = x
        for byte in text.utf8 {
            let glyph = glyph(byte)
            for row in 0..<glyphHeight {
                for column in 0..<glyph.columns where glyph.lit(row: row, column: column) {
                    buffer.fill(x: left + column * 2 * scale, y: y + row * scale, width: 2 * scale, height: scale, cell: pixel)
                }
            }
            left += (glyph.columns + 1) * 2 * scale
        }
    }
}
