extension ScreenBuffer {
    /// Puts a block drawn on its own over this screen with its top-left corner at `x, y`, clipped to the screen, as
    /// if its cells were drawn there (a wide character it cuts in two is blanked), and returns the runs that changed:
    /// the ones the whole screen's diff would give. How a frame in which only the clock moved is made from the last.
    @discardableResult
    public mutating func place(_ block: ScreenBuffer, x: Int, y: Int) -> [ChangedRun] {
        var runs: [ChangedRun] = []
        let width = block.size.width
        for row in 0..<block.size.height where y + row >= 0 && y + row < size.height {
            let line = (y + row) * size.width
            // Most of a ticking block is as it was, and one comparison of the row's bytes settles that.
            if x >= 0, x + width <= size.width,
               Self.sameBytes(block.cells, from: row * width, cells, from: line + x, count: width) { continue }
            // One column either side too, where the other half of a wide character the block cuts would be.
            let start = max(0, x - 1), end = min(size.width, x + width + 1)
            guard start < end else { continue }
            let before = Array(cells[(line + start)..<(line + end)])
            for column in 0..<width where x + column >= 0 && x + column < size.width {
                set(block[column, row], x: x + column, y: y + row)
            }
            Self.appendRuns(old: (before, 0), new: (cells, line + start), count: end - start, y: y + row, x: start, into: &runs)
        }
        return runs
    }
}
