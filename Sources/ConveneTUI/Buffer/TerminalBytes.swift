/// The bytes that draw changed runs on a terminal, for one write: cursor moves, style changes and UTF-8 text.
///
/// convene diffs its own screens, so it knows exactly which cells changed; writing them itself spares ncurses a
/// second diff of the same cells, which was most of an idle second's work. It remembers where the cursor is and which
/// style is on between frames, so a tick that changes one digit sends a move and that digit.
public struct TerminalBytes: Sendable {
    /// How to put the cursor somewhere.
    public enum Moves: Sendable {
        /// `ESC [ row ; column H`, and when `lineMoves`, `ESC [ column G` along a row and `ESC [ row d` down a column.
        case ansi(lineMoves: Bool)
        /// The terminal's own cursor-address string, filled in with a row and column (both from 0).
        case terminfo(@Sendable (_ row: Int, _ column: Int) -> [UInt8])
    }

    /// What one terminal needs, read from its terminfo entry once.
    public struct Codes: Sendable {
        /// Each style's codes by `Style.rawValue`; each starts from `reset`, so it alone sets the whole look.
        public var styles: [[UInt8]]
        /// Turns every attribute and colour off.
        public var reset: [UInt8]
        public var clear: [UInt8]
        public var moves: Moves
        /// Writing the bottom-right cell would scroll the screen (automatic margins without the newline glitch),
        /// so that cell is never written.
        public var lastCellScrolls: Bool
        /// Moving with attributes on is unsafe on this terminal, so they are reset first.
        public var resetBeforeMoving: Bool

        public init(styles: [[UInt8]], reset: [UInt8], clear: [UInt8], moves: Moves, lastCellScrolls: Bool, resetBeforeMoving: Bool) {
            self.styles = styles
            self.reset = reset
            self.clear = clear
            self.moves = moves
            self.lastCellScrolls = lastCellScrolls
            self.resetBeforeMoving = resetBeforeMoving
        }
    }

    private let codes: Codes
    /// Each style's codes by `Style.rawValue`, a style given none taking the reset's.
    private let styles: [[UInt8]]
    /// For each style, the first style that looks the same here (running digits and plain text both send no
    /// attribute), so a change between two such styles sends nothing.
    private let looks: [Int]
    /// The cursor's row and column, -1 when not known (after writing in the last column, the terminal may wrap).
    private var row = -1, column = -1
    /// The look on, nil when not known.
    private var look: Int?

    public init(codes: Codes) {
        self.codes = codes
        let styles = Style.allCases.map { Int($0.rawValue) < codes.styles.count ? codes.styles[Int($0.rawValue)] : codes.reset }
        self.styles = styles
        looks = styles.map { style in styles.firstIndex(of: style) ?? 0 }
    }

    /// The bytes for one frame on a screen of `size`; `clearing` clears it first, for a whole redraw.
    public mutating func frame(_ runs: [ChangedRun], size: Size, clearing: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 + runs.reduce(0) { $0 + 12 + 2 * $1.cells.count })
        if clearing {
            out += codes.reset
            out += codes.clear
            look = nil
            (row, column) = codes.clear.isEmpty ? (-1, -1) : (0, 0)
        }
        for run in runs {
            for (offset, cell) in run.cells.enumerated() {
                let x = run.x + offset
                guard !cell.isContinuation else {
                    // The wide character just written took this column too.
                    if row == run.y && column == x { column = x + 1 }
                    continue
                }
                let width = offset + 1 < run.cells.count && run.cells[offset + 1].isContinuation ? 2 : 1
                if codes.lastCellScrolls && run.y == size.height - 1 && x + width >= size.width { continue }
                move(to: run.y, x, into: &out)
                let wanted = looks[Int(cell.style.rawValue)]
                if look != wanted {
                    out += styles[wanted]
                    look = wanted
                }
                cell.appendText(to: &out)
                column = x + width < size.width ? x + width : -1
            }
        }
        return out
    }

    private mutating func move(to y: Int, _ x: Int, into out: inout [UInt8]) {
        guard row != y || column != x else { return }
        if codes.resetBeforeMoving && look != nil {
            out += codes.reset
            look = nil
        }
        switch codes.moves {
        case .terminfo(let address):
            out += address(y, x)
        case .ansi(let lineMoves):
            if row == y && column > x && column - x <= 4 {
                out += [UInt8](repeating: 0x08, count: column - x)
            } else if lineMoves && row == y && column >= 0 {
                out += [0x1B, 0x5B]
                Self.append(x + 1, to: &out)
                out.append(0x47)
            } else if lineMoves && column == x && row >= 0 {
                out += [0x1B, 0x5B]
                Self.append(y + 1, to: &out)
                out.append(0x64)
            } else {
                out += [0x1B, 0x5B]
                Self.append(y + 1, to: &out)
                out.append(0x3B)
                Self.append(x + 1, to: &out)
                out.append(0x48)
            }
        }
        (row, column) = (y, x)
    }

    /// A number in decimal digits.
    private static func append(_ number: Int, to out: inout [UInt8]) {
        if number >= 10 { append(number / 10, to: &out) }
        out.append(UInt8(0x30 + number % 10))
    }
}
