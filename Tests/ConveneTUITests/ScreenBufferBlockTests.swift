import ConveneTUI
import Testing

/// A block drawn on its own and placed over a screen: cell for cell, clipped to the screen, and its diff is the one
/// the whole screen would give.
@Suite struct ScreenBufferBlockTests {
    private func screen() -> ScreenBuffer {
        var screen = ScreenBuffer(size: Size(width: 12, height: 4))
        for y in 0..<4 { screen.put("row \(y) 中文 ok", x: 0, y: y) }
        return screen
    }

    private func block(_ text: String) -> ScreenBuffer {
        var block = ScreenBuffer(size: Size(width: 4, height: 2))
        block.put(text, x: 0, y: 0, style: .bold)
        block.put("界!", x: 1, y: 1, style: .warning)
        return block
    }

    @Test func placingABlockWritesItsCellsAsTheyAreAndTheDiffMatchesTheWholeScreens() {
        let before = screen()
        for (x, y) in [(0, 0), (3, 1), (9, 3), (-2, -1), (11, 2)] {
            var after = before
            let sent = after.place(block("ABCD"), x: x, y: y)
            for row in 0..<2 {
                for column in 0..<4 where x + column >= 0 && x + column < 12 && y + row >= 0 && y + row < 4 {
                    #expect(after[x + column, y + row] == block("ABCD")[column, row], "\(x),\(y)")
                }
            }
            #expect(sent == after.changes(since: before), "\(x),\(y)")
        }
    }

    @Test func aWideCharacterTheBlockCutsInTwoIsBlankedAsDrawingWouldDo() {
        var after = screen()
        after.place(block("ABCD"), x: 3, y: 0)
        #expect(after.lines[0] == "rowABCD 文 o")
        #expect(!after[7, 0].isContinuation)
        after.place(block("WXYZ"), x: 9, y: 2)
        #expect(after.lines[2] == "row 2 中 WXY")
        #expect(after[8, 2] == .blank)
    }

    @Test func placingWhatIsAlreadyThereChangesNothing() {
        var shown = screen()
        shown.place(block("ABCD"), x: 2, y: 1)
        let before = shown
        #expect(shown.place(block("ABCD"), x: 2, y: 1).isEmpty)
        #expect(shown == before)
        let runs = shown.place(block("ABCE"), x: 2, y: 1)
        #expect(runs.map(\.x) == [5] && runs.map(\.y) == [1] && runs.first?.cells.map(\.text) == ["E"])
    }
}
