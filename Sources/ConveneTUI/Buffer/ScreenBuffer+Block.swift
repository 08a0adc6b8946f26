extension ScreenBuffer {
    /// A copy of the cells under `area`, as they are; cells off the screen come back blank.
    public func cropped(to area: Rect) -> ScreenBuffer {
        var block = ScreenBuffer(size: area.size)
        for row in 0..<block.size.height {
            for column in 0..<block.size.width {
                block.copy(self[area.x + column, area.y + row], x: column, y: row)
            }
        }
        return block
    }

    /// Puts a block drawn on its own over this screen with its top-left corner at `x, y`, clipped to the screen, as
    /// if its cells were drawn there (a wide character it cuts in two is blanked): how a frame in which only the
    /// clock moved is made from the last one.
    public mutating func place(_ block: ScreenBuffer, x: Int, y: Int) {
        for row in 0..<block.size.height where y + row >= 0 && y + row < size.height {
            for column in 0..<block.size.width where x + column >= 0 && x + column < size.width {
                set(block[column, row], x: x + column, y: y + row)
            }
        }
    }

    /// The runs that placing `block` at `x, y` would change, in this screen's columns and rows: the ones the whole
    /// screen's diff would give, found by looking only at the block's rows and one column either side of it, where
    /// the other half of a wide character it cuts would be.
    public func changes(placing block: ScreenBuffer, x: Int, y: Int) -> [ChangedRun] {
        let before = cropped(to: Rect(x: x - 1, y: y, size: Size(width: block.size.width + 2, height: block.size.height)))
        var after = before
        after.place(block, x: 1, y: 0)
        return after.changes(since: before).compactMap { run in
            let left = x - 1 + run.x
            let start = max(0, -left), end = min(run.cells.count, size.width - left)
            guard y + run.y >= 0, y + run.y < size.height, start < end else { return nil }
            return ChangedRun(y: y + run.y, x: left + start, cells: Array(run.cells[start..<end]))
        }
    }
}
