import ConveneCore
import ConveneTUI
import Testing

/// The note editor as a value: every key, with wide and combined characters, history and scrolling.
@Suite struct LineEditorTests {
    private func typed(_ text: String) -> LineEditor {
        var editor = LineEditor()
        editor.insert(text)
        return editor
    }

    @Test func typingInsertsAtTheCursorByCharacter() {
        var editor = typed("水道")
        editor.handle(.left)
        editor.insert("é")
        #expect(editor.text == "水é道")
        #expect(editor.cursor == 2)
        editor.handle(.home)
        editor.insert("👩🏽‍🌾")
        #expect(editor.text == "👩🏽‍🌾水é道")
        #expect(editor.characters.count == 4)
    }

    @Test func cursorStopsAtBothEnds() {
        var editor = typed("ab")
        editor.handle(.right)
        #expect(editor.cursor == 2)
        editor.handle(.home)
        editor.handle(.left)
        #expect(editor.cursor == 0)
        editor.handle(.end)
        #expect(editor.cursor == 2)
        editor.handle(.character("\u{01}"))
        #expect(editor.cursor == 0)
        editor.handle(.character("\u{05}"))
        #expect(editor.cursor == 2)
    }

    @Test func backspaceAndDeleteRemoveWholeCharacters() {
        var editor = typed("a水👍🏾b")
        editor.handle(.backspace)
        #expect(editor.text == "a水👍🏾")
        editor.handle(.left)
        editor.handle(.backspace)
        #expect(editor.text == "a👍🏾")
        editor.handle(.delete)
        #expect(editor.text == "a")
        editor.handle(.delete)
        editor.handle(.home)
        editor.handle(.backspace)
        #expect(editor.text == "a")
        #expect(editor.cursor == 0)
    }

    @Test func controlWDeletesTheWordBeforeTheCursor() {
        var editor = typed("call the 市長  ")
        editor.handle(.character("\u{17}"))
        #expect(editor.text == "call the ")
        editor.handle(.left)
        editor.handle(.left)
        editor.handle(.character("\u{17}"))
        #expect(editor.text == "call e ")
        #expect(editor.cursor == 5)
        editor.handle(.character("\u{17}"))
        #expect(editor.text == "e ")
        editor.handle(.character("\u{17}"))
        #expect(editor.text == "e ")
        #expect(editor.cursor == 0)
    }

    @Test func controlUDeletesToTheStart() {
        var editor = typed("abc def")
        editor.handle(.left)
        editor.handle(.character("\u{15}"))
        #expect(editor.text == "f")
        #expect(editor.cursor == 0)
    }

    @Test func controlCharactersAndOtherKeysAreNotText() {
        var editor = typed("a")
        let used = [Key.tab, .enter, .function(2), .character("\u{12}")].map { editor.handle($0) }
        #expect(used == [false, false, false, false])
        #expect(editor.text == "a")
    }

    @Test func escapeSequencesTypedAsTextAreKeptAsTyped() {
        var editor = LineEditor()
        editor.insert("x\u{1B}[2J")
        #expect(editor.text == "x[2J")
        var pasted = LineEditor(text: "x\u{1B}[2J")
        let line = pasted.submit()
        #expect(line == "x\u{1B}[2J")
    }

    @Test func historyRecallsSubmittedLinesAndKeepsTheDraft() {
        var editor = typed("first")
        #expect(editor.submit() == "first")
        editor.insert("second")
        _ = editor.submit()
        editor.insert("draft 水")
        editor.handle(.up)
        #expect(editor.text == "second")
        #expect(editor.cursor == 6)
        editor.handle(.up)
        #expect(editor.text == "first")
        editor.handle(.up)
        #expect(editor.text == "first")
        editor.handle(.down)
        editor.handle(.down)
        #expect(editor.text == "draft 水")
        editor.handle(.down)
        #expect(editor.text == "draft 水")
        #expect(editor.history == ["first", "second"])
    }

    @Test func submitSkipsEmptyAndRepeatedLinesInHistory() {
        var editor = typed("same")
        _ = editor.submit()
        editor.insert("same")
        _ = editor.submit()
        #expect(editor.submit() == "")
        #expect(editor.history == ["same"])
        #expect(editor.isEmpty)
    }

    @Test func shortLineIsShownWhole() {
        let view = typed("水道 ok").window(width: 10)
        #expect(view.text == "水道 ok")
        #expect(view.cursorColumn == 7)
        #expect(!view.scrolled)
    }

    @Test func longLineScrollsSoTheCursorStaysVisible() {
        var editor = typed("abcdefghij水道")
        let end = editor.window(width: 8)
        #expect(end.text == "‹ij水道")
        #expect(end.cursorColumn == 7)
        #expect(end.scrolled)
        editor.handle(.home)
        let start = editor.window(width: 8)
        #expect(start.text == "abcdefgh")
        #expect(start.cursorColumn == 0)
    }

    @Test func wideCharacterIsNeverCutInHalfAtTheEdge() {
        var editor = typed("ab水道")
        editor.handle(.home)
        let view = editor.window(width: 5)
        #expect(view.text == "ab水")
        #expect(DisplayWidth.of(view.text) <= 5)
    }

    @Test func fieldPictureShowsTheCursorAsAReversedCell() {
        var editor = LineEditor(text: "x水\u{1B}y")
        editor.handle(.left)
        editor.handle(.left)
        var buffer = ScreenBuffer(size: Size(width: 12, height: 1))
        editor.draw(x: 1, y: 0, width: 10, into: &buffer)
        #expect(buffer.lines == [" x水\\ey     "])
        #expect(buffer.styleLines == ["....ss......"])
    }

    @Test func scrolledFieldPicture() {
        let editor = typed("一二三四五六七八")
        var buffer = ScreenBuffer(size: Size(width: 10, height: 1))
        editor.draw(x: 0, y: 0, width: 10, into: &buffer)
        #expect(buffer.lines == ["‹五六七八 "])
        #expect(buffer.styleLines == [".........s"])
    }
}
