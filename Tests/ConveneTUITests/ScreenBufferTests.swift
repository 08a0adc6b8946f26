import ConveneTUI
import Testing

/// Drawing into a buffer: clipping never traps, escapes are shown, and the diff finds exactly what changed.
@Suite struct ScreenBufferTests {
    @Test func fillAndRestyleOutsideTheScreenDoNothingInsteadOfTrapping() {
        var buffer = ScreenBuffer(size: Size(width: 10, height: 5))
        let before = buffer
        buffer.fill(x: 12, y: 7, width: 3, height: 3, style: .bold, text: "█")
        buffer.fill(x: -5, y: -5, width: 3, height: 3, style: .bold)
        buffer.restyle(x: 11, y: 2, width: 4, style: .bold)
        buffer.restyle(x: -9, y: 2, width: 4, style: .bold)
        #expect(buffer == before)
        buffer.fill(x: 8, y: 3, width: 5, height: 5, style: .bold, text: "█")
        #expect(buffer.picture == "\n\n\n        ██\n        ██")
    }

    @Test func unprintableTextIsDrawnAsItsEscapeAndClippedLikeAnyText() {
        var buffer = ScreenBuffer(size: Size(width: 8, height: 1))
        let used = buffer.put("a\u{1B}[2J\u{7}", x: 0, y: 0)
        #expect(buffer.lines[0] == "a\\e[2J\\x")
        #expect(used == 8)
        #expect(!buffer.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 } })
    }

    @Test func combiningMarksJoinTheCellBeforeThem() {
        var buffer = ScreenBuffer(size: Size(width: 6, height: 1))
        #expect(buffer.put("Zoe\u{308} 中", x: 0, y: 0) == 6)
        #expect(buffer.lines[0] == "Zoe\u{308} 中")
        #expect(buffer[2, 0].text == "e\u{308}")
        #expect(buffer[5, 0].isContinuation)
    }

    @Test func theDiffSkipsUnchangedRowsAndFindsEveryChangedCell() {
        var old = ScreenBuffer(size: Size(width: 20, height: 6))
        for y in 0..<6 { old.put("row \(y) stays put", x: 0, y: y) }
        #expect(old.changes(since: old).isEmpty)
        var new = old
        new.put("X", x: 19, y: 4)
        new.restyle(x: 0, y: 1, width: 1, style: .bold)
        let runs = new.changes(since: old)
        #expect(runs.map(\.y) == [1, 4])
        #expect(runs.map(\.x) == [0, 19])
        #expect(new.changes(since: nil).count == 6)
    }
}
