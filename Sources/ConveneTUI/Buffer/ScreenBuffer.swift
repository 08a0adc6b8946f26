import ConveneCore

/// A whole screen as text and styles: what views produce, what tests compare, what the terminal draws.
public struct ScreenBuffer: Equatable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank }
        return cells[y * size.width + x]
    }

    /// Writes text at a position, clipped to `width` columns (to the screen edge by default).
    ///
    /// Every string shown on any screen passes through here, and an unprintable code point is drawn as its visible
    /// escape (`Sanitized.escape`), so text typed by one person can never drive another person's terminal. One pass
    /// over the text, measuring each code point once. Returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, width: Int? = nil) -> Int {
        guard y >= 0, y < size.height, x < size.width else { return 0 }
        let limit = min(size.width, x + (width ?? size.width))
        var column = x
        scalars: for scalar in text.unicodeScalars {
            guard let w = DisplayWidth.of(scalar) else {
                for escaped in Sanitized.escape(scalar).unicodeScalars {
                    if column + 1 > limit { break scalars }
                    if column >= 0 { set(Cell(escaped, style: style), x: column, y: y) }
                    column += 1
                }
                continue
            }
            if w == 0 {
                if column > x, column - 1 >= 0 { appendCombining(scalar, at: column - 1, y: y) }
                continue
            }
            if column + w > limit { break }
            if column >= 0 {
                set(Cell(scalar, style: style), x: column, y: y)
                if w == 2 { set(Cell("", style: style), x: column + 1, y: y) }
            }
            column += w
        }
        return max(0, column - x)
    }

    /// Paints a rectangle's style (and blanks its text) from `x, y` over `width` by `height`.
    public mutating func fill(x: Int, y: Int, width: Int, height: Int, style: Style = .plain, text: String = " ") {
        fill(x: x, y: y, width: width, height: height, cell: Cell(text, style: style))
    }

    /// Fills a rectangle with one cell.
    mutating func fill(x: Int, y: Int, width: Int, height: Int, cell: Cell) {
        for row in Self.clip(y, height, to: size.height) {
            for column in Self.clip(x, width, to: size.width) {
                set(cell, x: column, y: row)
            }
        }
    }

    /// The part of `start..<start + length` inside `0..<limit`, empty (never inverted) when they do not meet.
    private static func clip(_ start: Int, _ length: Int, to limit: Int) -> Range<Int> {
        let lower = min(max(0, start), limit)
        return lower..<max(lower, min(limit, start + length))
    }

    /// Changes only the style of cells already drawn.
    public mutating func restyle(x: Int, y: Int, width: Int, style: Style) {
        guard y >= 0, y < size.height else { return }
        for column in Self.clip(x, width, to: size.width) {
            cells[y * size.width + column].style = style
        }
    }

    /// Writes one cell inside the screen, blanking the other half of any wide character it cuts in two.
    mutating func set(_ cell: Cell, x: Int, y: Int) {
        let index = y * size.width + x
        if cells[index].isContinuation, x > 0 { cells[index - 1] = .blank }
        if let next = index + 1 < cells.count && x + 1 < size.width ? index + 1 : nil,
            cells[next].isContinuation, !cell.isContinuation {
            cells[next] = .blank
        }
        cells[index] = cell
    }

    private mutating func appendCombining(_ scalar: Unicode.Scalar, at x: Int, y: Int) {
        var column = x
        while column > 0 && cells[y * size.width + column].isContinuation { column -= 1 }
        cells[y * size.width + column].append(scalar)
    }
}

extension ScreenBuffer {
    /// Copies one cell from another buffer as it is (already sanitized there).
    mutating func copy(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
        cells[y * size.width + x] = cell
    }
}
