import CNcurses
@testable import convene
import ConveneTUI
import Glibc
import Testing

/// The codes read from terminfo for drawing: ANSI moves where a terminal's strings are exactly those, its own
/// address string where not, padding left out, and each style's look from plain.
@Suite(.serialized) struct TerminalCodesTests {
    private func codes(_ term: String, theme: Theme.Kind = .color) throws -> TerminalBytes.Codes {
        var error: Int32 = 0
        let null = open("/dev/null", O_RDWR)
        defer { close(null) }
        try #require(setupterm(term, null, &error) == OK, "no terminfo entry for \(term)")
        return TerminalCodes.read(theme: Theme(kind: theme, colorsAvailable: theme != .mono))
    }

    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func xtermTakesAnsiMovesAlongRowsAndColumnsAndWrapsSafelyAtTheLastCell() throws {
        let xterm = try codes("xterm-256color")
        guard case .ansi(lineMoves: true) = xterm.moves else { Issue.record("\(xterm.moves)"); return }
        #expect(!xterm.lastCellScrolls && !xterm.resetBeforeMoving)
        #expect(xterm.clear == bytes("\u{1B}[H\u{1B}[2J"))
        let reset = "\u{1B}(B\u{1B}[m"
        #expect(xterm.reset == bytes(reset))
        #expect(xterm.styles[Int(Style.heading.rawValue)] == bytes(reset + "\u{1B}[1m\u{1B}[36m"))
        #expect(xterm.styles[Int(Style.fill.rawValue)] == bytes(reset), "a running digit sends no attribute")
    }

    @Test func monoSendsAttributesAndNoColour() throws {
        let mono = try codes("xterm-256color", theme: .mono)
        #expect(mono.reset == bytes("\u{1B}(B\u{1B}[m"))
        #expect(mono.styles[Int(Style.warning.rawValue)] == bytes("\u{1B}(B\u{1B}[m\u{1B}[1m\u{1B}[4m"))
        #expect(mono.styles[Int(Style.overrun.rawValue)] == bytes("\u{1B}(B\u{1B}[m\u{1B}[1m\u{1B}[7m"))
    }

    /// Its reset is not the plain ANSI one, so nothing says it puts the colours back: the colour reset follows.
    @Test func ansiHasALastCellThatScrollsAndAResetThatNeedsTheColourResetAfterIt() throws {
        let ansi = try codes("ansi")
        #expect(ansi.lastCellScrolls)
        #expect(ansi.reset == bytes("\u{1B}[0;10m\u{1B}[39;49m"))
        #expect(try codes("ansi", theme: .mono).reset == bytes("\u{1B}[0;10m"))
    }

    @Test func vt100PaddingIsLeftOutAndItHasNoLineMoves() throws {
        let vt100 = try codes("vt100")
        guard case .ansi(lineMoves: false) = vt100.moves else { Issue.record("\(vt100.moves)"); return }
        #expect(vt100.reset == bytes("\u{1B}[m\u{0F}"))
    }

    @Test func vt52MovesWithItsOwnAddressString() throws {
        let vt52 = try codes("vt52")
        guard case .terminfo(let address) = vt52.moves else { Issue.record("\(vt52.moves)"); return }
        #expect(address(4, 6) == bytes("\u{1B}Y$&"))
    }

    @Test func paddingIsStrippedWhereverItIs() {
        #expect(TerminalCodes.stripped(bytes("\u{1B}[H$<5>\u{1B}[J$<2/*>")) == bytes("\u{1B}[H\u{1B}[J"))
        #expect(TerminalCodes.stripped(bytes("$ and $<unclosed")) == bytes("$ and $<unclosed"))
    }
}
