/// What every screen shows when the terminal is smaller than 60x18: how to fix it, in any size.
public enum TooSmallView {
    public static func render(size: Size) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let lines = [
            "Enlarge the terminal",
            "to at least \(Size.minimum.width)x\(Size.minimum.height)",
            "(now \(size.width)x\(size.height)).",
            "The meeting goes on; q quits.",
        ]
        let top = max(0, (size.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < size.height {
            let x = max(0, (size.width - line.count) / 2)
            buffer.put(line, x: x, y: top + offset, style: offset == 0 ? .warning : .plain)
        }
        return buffer
    }
}
