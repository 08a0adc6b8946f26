import Glibc

/// A run of changed columns on one row, to redraw only what changed.
public struct ChangedRun: Equatable, Sendable {
    public var y: Int
    public var x: Int
    public var cells: [Cell]
}

extension ScreenBuffer {
    /// The runs of cells that differ from `previous` (everything when the sizes differ), widened so
    /// that a wide character is always redrawn whole.
    public func changes(since previous: ScreenBuffer?) -> [ChangedRun] {
        let old = previous?.size == size ? previous?.cells : nil
        func differs(_ index: Int) -> Bool { old.map { $0[index] != cells[index] } ?? true }
        var runs: [ChangedRun] = []
        for y in 0..<size.height {
            let row = y * size.width
            if let old, Self.sameBytes(old, cells, from: row, count: size.width) { continue }
            var x = 0
            while x < size.width {
                guard differs(row + x) else {
                    x += 1
                    continue
                }
                var start = x
                while start > 0 && cells[row + start].isContinuation { start -= 1 }
                var end = x + 1
                while end < size.width && (differs(row + end) || cells[row + end].isContinuation) { end += 1 }
                runs.append(ChangedRun(y: y, x: start, cells: Array(cells[(row + start)..<(row + end)])))
                x = end
            }
        }
        return runs
    }

    /// Whether a row is byte for byte the same in both screens: most rows are, and one `memcmp` settles it.
    /// Different bytes (padding included) only send the row on to the cell-by-cell comparison.
    private static func sameBytes(_ a: [Cell], _ b: [Cell], from start: Int, count: Int) -> Bool {
        a.withUnsafeBytes { a in
            b.withUnsafeBytes { b in
                guard let a = a.baseAddress, let b = b.baseAddress else { return count == 0 }
                let stride = MemoryLayout<Cell>.stride
                return memcmp(a + start * stride, b + start * stride, count * stride) == 0
            }
        }
    }
}
