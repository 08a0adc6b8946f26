import ConveneTUI
import Testing

/// The bytes a frame sends: the shortest sure move to each change, a style's codes only when it changes, text as
/// UTF-8, and never a byte that would scroll the screen.
@Suite struct TerminalBytesTests {
    /// Readable codes: each style is `<letter>`, reset `<0>`, clear `<C>`.
    private func codes(moves: TerminalBytes.Moves = .ansi(lineMoves: true), lastCellScrolls: Bool = false,
                       resetBeforeMoving: Bool = false) -> TerminalBytes.Codes {
        TerminalBytes.Codes(styles: Style.allCases.map { Array("<\($0.letter)>".utf8) }, reset: Array("<0>".utf8),
                            clear: Array("<C>".utf8), moves: moves, lastCellScrolls: lastCellScrolls,
                            resetBeforeMoving: resetBeforeMoving)
    }

    private func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\u{1B}", with: "⎋").replacingOccurrences(of: "\u{8}", with: "⌫")
    }

    private let size = Size(width: 20, height: 6)

    private func screen(_ rows: [(String, Style)]) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        for (y, (line, style)) in rows.enumerated() { buffer.put(line, x: 0, y: y, style: style) }
        return buffer
    }

    @Test func aWholeFrameClearsThenWritesEveryRowWithOneMovePerRow() {
        var bytes = TerminalBytes(codes: codes())
        let frame = screen([("ab", .bold), ("c", .plain)])
        let sent = text(bytes.frame(frame.changes(since: nil), size: size, clearing: true))
        #expect(sent.hasPrefix("<0><C><b>ab<.>" + String(repeating: " ", count: 18) + "⎋[2;1H"))
        #expect(sent.components(separatedBy: "⎋[").count - 1 == 5, "one move for each row after the first")
        #expect(!sent.dropFirst(3).contains("<0>"))
    }

    @Test func aTickSendsTheShortestMoveAndNoStyleItAlreadyHas() {
        var bytes = TerminalBytes(codes: codes())
        var old = screen([("", .plain), ("", .plain), ("12:34  14:59", .plain)])
        _ = bytes.frame(old.changes(since: nil), size: size, clearing: true)
        var new = old
        new.put("8", x: 11, y: 2)
        #expect(text(bytes.frame(new.changes(since: old), size: size, clearing: false)) == "⎋[3;12H8")
        old = new
        new.put("7", x: 11, y: 2)
        new.put("3", x: 4, y: 2)
        #expect(text(bytes.frame(new.changes(since: old), size: size, clearing: false)) == "⎋[5G3⎋[12G7")
        old = new
        new.put("x", x: 9, y: 2)
        new.put("y", x: 11, y: 2)
        #expect(text(bytes.frame(new.changes(since: old), size: size, clearing: false)) == "⌫⌫⌫x⎋[12Gy")
        old = new
        new.put("z", x: 12, y: 4)
        #expect(text(bytes.frame(new.changes(since: old), size: size, clearing: false)) == "⎋[5dz")
    }

    @Test func stylesThatLookTheSameHereSendNoCodesBetweenThem() {
        var same = codes()
        same.styles[Int(Style.fill.rawValue)] = same.styles[Int(Style.plain.rawValue)]
        var bytes = TerminalBytes(codes: same)
        let old = screen([])
        _ = bytes.frame(old.changes(since: nil), size: size, clearing: true)
        var new = old
        new.put("██", x: 2, y: 1, style: .fill)
        new.put("ab", x: 4, y: 1, style: .plain)
        #expect(text(bytes.frame(new.changes(since: old), size: size, clearing: false)) == "⎋[2;3H██ab")
    }

    @Test func aStyleGivenNoCodesGetsTheResetInsteadOfATrap() {
        var short = codes()
        short.styles = Array(short.styles.prefix(2))
        var bytes = TerminalBytes(codes: short)
        let old = screen([])
        _ = bytes.frame(old.changes(since: nil), size: size, clearing: true)
        var new = old
        new.put("!", x: 1, y: 1, style: .overrun)
        #expect(text(bytes.frame(new.changes(since: old), size: size, clearing: false)) == "⎋[2;2H<0>!")
    }

    @Test func aWideCharacterMovesTheCursorTwoColumns() {
        var bytes = TerminalBytes(codes: codes())
        let old = screen([])
        _ = bytes.frame(old.changes(since: nil), size: size, clearing: true)
        var new = old
        new.put("中a", x: 3, y: 1, style: .warning)
        #expect(text(bytes.frame(new.changes(since: old), size: size, clearing: false)) == "⎋[2;4H<w>中a")
    }

    @Test func theBottomRightCellIsNeverWrittenWhereItWouldScroll() {
        let full = String(repeating: "x", count: 20)
        let frame = screen([("", .plain), ("", .plain), ("", .plain), ("", .plain), ("", .plain), (full, .plain)])
        var scrolls = TerminalBytes(codes: codes(lastCellScrolls: true))
        let sent = text(scrolls.frame(frame.changes(since: nil), size: size, clearing: true))
        #expect(sent.hasSuffix("⎋[6;1H" + String(repeating: "x", count: 19)))
        var wraps = TerminalBytes(codes: codes())
        #expect(text(wraps.frame(frame.changes(since: nil), size: size, clearing: true)).hasSuffix(full))
    }

    @Test func afterTheLastColumnTheNextMoveIsAbsolute() {
        var bytes = TerminalBytes(codes: codes())
        let old = screen([])
        _ = bytes.frame(old.changes(since: nil), size: size, clearing: true)
        var new = old
        new.put("e", x: 19, y: 1)
        new.put("f", x: 19, y: 2)
        #expect(text(bytes.frame(new.changes(since: old), size: size, clearing: false)) == "⎋[2;20He⎋[3;20Hf")
    }

    @Test func aTerminalWithoutAnsiMovesGetsItsOwnAddressStringAndOneWithoutSafeMovesAResetFirst() {
        let vt52: TerminalBytes.Moves = .terminfo { row, column in [0x1B, UInt8(ascii: "Y"), UInt8(32 + row), UInt8(32 + column)] }
        var bytes = TerminalBytes(codes: codes(moves: vt52, resetBeforeMoving: true))
        let old = screen([])
        _ = bytes.frame(old.changes(since: nil), size: size, clearing: true)
        var new = old
        new.put("a", x: 2, y: 1, style: .bold)
        new.put("b", x: 4, y: 1, style: .bold)
        #expect(text(bytes.frame(new.changes(since: old), size: size, clearing: false)) == "<0>⎋Y!\"<b>a<0>⎋Y!$<b>b")
    }
}
