import ConveneCore

/// A framed box drawn over a screen, for overlays such as help and confirmations.
public enum Box {
    /// Draws a box of the given rows centred on the screen, sized to fit them.
    public static func draw(title: String, rows: [(String, Style)], into buffer: inout ScreenBuffer) {
        let widest = max(title.count + 4, rows.map { DisplayWidth.of($0.0) }.max() ?? 0)
        let width = min(buffer.size.width - 2, widest + 4)
        let height = min(buffer.size.height - 2, rows.count + 2)
        guard width > 4, height > 2 else { return }
        let x = (buffer.size.width - width) / 2
        let y = (buffer.size.height - height) / 2
        buffer.fill(x: x, y: y, width: width, height: height, style: .plain)
        buffer.put("┌" + String(repeating: "─", count: width - 2) + "┐", x: x, y: y, style: .heading)
        buffer.put(" \(title) ", x: x + 2, y: y, style: .heading, width: width - 4)
        for row in 1..<(height - 1) {
            buffer.put("│", x: x, y: y + row, style: .heading)
            buffer.put("│", x: x + width - 1, y: y + row, style: .heading)
            let (text, style) = rows[row - 1]
            buffer.put(text, x: x + 2, y: y + row, style: style, width: width - 4)
        }
        buffer.put("└" + String(repeating: "─", count: width - 2) + "┘", x: x, y: y + height - 1, style: .heading)
    }
}
