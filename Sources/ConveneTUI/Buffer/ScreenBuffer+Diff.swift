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
        var runs: [ChangedRun] = []
        for y in 0..<size.height {
            let row = y * size.width
            if let old, Self.sameBytes(old, from: row, cells, from: row, count: size.width) { continue }
            Self.appendRuns(old: old.map { ($0, row) }, new: (cells, row), count: size.width, y: y, x: 0, into: &runs)
        }
        return runs
    }

    /// Appends the runs where `count` cells of `new` differ from those of `old` (all of them without `old`), each
    /// array read from its own start, as columns from `x` on row `y`; a run is widened so a wide character is
    /// redrawn whole.
    static func appendRuns(old: ([Cell], start: Int)?, new: ([Cell], start: Int), count: Int, y: Int, x: Int,
                           into runs: inout [ChangedRun]) {
        let (cells, start) = new
        func differs(_ offset: Int) -> Bool { old.map { $0.0[$0.start + offset] != cells[start + offset] } ?? true }
        var offset = 0
        while offset < count {
            guard differs(offset) else {
                offset += 1
                continue
            }
            var first = offset
            while first > 0 && cells[start + first].isContinuation { first -= 1 }
            var end = offset + 1
            while end < count && (differs(end) || cells[start + end].isContinuation) { end += 1 }
            runs.append(ChangedRun(y: y, x: x + first, cells: Array(cells[(start + first)..<(start + end)])))
            offset = end
        }
    }

    /// Whether `count` cells are byte for byte the same in both: most rows are, and one `memcmp` settles it.
    /// Different bytes (padding included) only send the row on to the cell-by-cell comparison.
    static func sameBytes(_ a: [Cell], from aStart: Int, _ b: [Cell], from bStart: Int, count: Int) -> Bool {
        a.withUnsafeBytes { a in
            b.withUnsafeBytes { b in
                guard let a = a.baseAddress, let b = b.baseAddress else { return count == 0 }
                let stride = MemoryLayout<Cell>.stride
                return memcmp(a + aStart * stride, b + bStart * stride, count * stride) == 0
            }
        }
    }
}
