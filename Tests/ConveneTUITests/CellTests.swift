@testable import ConveneTUI
import Testing

/// A cell keeps its text inline, so it must give back exactly what was drawn, marks and all, and never trap.
@Suite struct CellTests {
    @Test(arguments: ["a", " ", "~", "é", "中", "\u{1F44D}", "█", "─"])
    func oneCodePointComesBackAsDrawn(text: String) {
        let scalar = text.unicodeScalars.first!
        #expect(Cell(scalar, style: .bold).text == text)
        #expect(Cell(text, style: .bold) == Cell(scalar, style: .bold))
        #expect(!Cell(scalar, style: .plain).isContinuation)
    }

    @Test func combiningMarksStayWithTheirCharacter() {
        var thai = Cell("ก", style: .plain)
        #expect(thai.append("\u{E35}") && thai.append("\u{E48}"))
        #expect(thai.text == "กี่")
        var accent = Cell("e", style: .plain)
        accent.append("\u{301}")
        #expect(accent.text == "e\u{301}")
        #expect(accent != Cell("e", style: .plain))
    }

    @Test func marksBeyondTheCellsRoomAreDroppedNotTrapped() {
        var zalgo = Cell("a", style: .plain)
        for _ in 0..<20 { zalgo.append("\u{301}") }
        #expect(zalgo.text == "a" + String(repeating: "\u{301}", count: 5))
        #expect(zalgo.text.utf8.count <= Cell.capacity)
    }

    @Test func aCellIsSixteenBytesOfPlainMemory() {
        #expect(MemoryLayout<Cell>.stride == 16)
        #expect(_isPOD(Cell.self))
    }

    @Test func continuationCellsAreEmptyAndStylesCount() {
        #expect(Cell("", style: .plain).isContinuation)
        #expect(Cell("", style: .plain).text == "")
        #expect(Cell("x", style: .plain) != Cell("x", style: .bold))
        #expect(Cell.blank.text == " ")
    }
}
