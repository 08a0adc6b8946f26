import Testing
@testable import ConveneCore

@Suite struct TextLinesTests {
    @Test(arguments: [
        ("a\nb\n", ["a", "b"]), ("a\nb", ["a", "b"]), ("a\r\nb\r\n", ["a", "b"]), ("\u{FEFF}a\n", ["a"]),
        ("\n", [""]), ("", []), ("a\n\n\nb", ["a", "", "", "b"]), ("a\rb\n", ["a\rb"]), ("x\r\r\n", ["x\r"]),
        ("a\u{FEFF}b", ["a\u{FEFF}b"]), ("日本語\nمرحبا\n", ["日本語", "مرحبا"]),
    ])
    func splitsLines(text: String, expected: [String]) throws {
        #expect(try TextLines.decode(Array(text.utf8), file: "f") == expected)
    }

    @Test(arguments: [
        ([0xFF], 1), (Array("ok\n".utf8) + [0xC3], 2), (Array("ok\nok\r\n".utf8) + [0xE2, 0x82] + Array("\n".utf8), 3),
        (Array("a\nb\nc\n".utf8) + [0xED, 0xA0, 0x80], 4), (Array("a\n".utf8) + [0xC0, 0xAF], 2),
    ] as [([UInt8], Int)])
    func invalidUTF8NamesTheLine(bytes: [UInt8], line: Int) {
        #expect(throws: InputError(file: "f.md", line: line, message: "this line is not UTF-8 text; save the file as UTF-8")) {
            try TextLines.decode(bytes, file: "f.md")
        }
    }

    @Test(arguments: [([0], 1), (Array("a\r\nb".utf8) + [0, 0x0A], 2), (Array("\u{FEFF}a\n\nc".utf8) + [0], 3)] as [([UInt8], Int)])
    func nulByteNamesTheLine(bytes: [UInt8], line: Int) {
        #expect(throws: InputError(file: "f.md", line: line, message: "this is not a text file (it contains a NUL byte)")) {
            try TextLines.decode(bytes, file: "f.md")
        }
    }

    @Test func firstProblemWins() {
        let bytes = Array("a\n".utf8) + [0] + Array("\n".utf8) + [0xFF]
        #expect(throws: InputError(file: "f", line: 2, message: "this is not a text file (it contains a NUL byte)")) {
            try TextLines.decode(bytes, file: "f")
        }
    }

    @Test func byteOrderMarkOnlyAtTheStartIsDropped() throws {
        #expect(try TextLines.decode([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, 0x61], file: "f") == ["\u{FEFF}a"])
    }
}
