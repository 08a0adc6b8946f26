import Testing
@testable import ConveneCore

/// Columns as ncurses and tmux draw them: glibc's wcwidth, code point by code point.
@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("", 0), ("abc", 3), ("Zoë", 3), ("e\u{301}", 1), ("中文", 4), ("日本語", 6), ("한국어", 6), ("ｆｕｌｌ", 8),
        ("مرحبا", 5), ("שלום", 4), ("Привет", 6), ("नमस्ते", 4), ("Ελένη", 5),
        ("👍", 2), ("👍🏽", 4), ("❤️", 1), ("❤", 1), ("👩‍👩‍👧", 6), ("🇺🇸", 2),
        ("\u{200B}", 0), ("\u{FEFF}", 0), ("a\u{0}b", 2 + 4), ("\u{1B}[31m", 2 + 4), ("\u{7F}", 4), ("\u{9B}", 4), ("\t", 2),
    ])
    func widthOfText(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test(arguments: [("a", 1), ("\u{301}", 0), ("中", 2), ("\u{1F44D}", 2), ("\u{1F3FD}", 2), ("\u{FE0F}", 0), ("\u{2764}", 1), ("\u{AC00}", 2)]
          as [(Unicode.Scalar, Int)])
    func widthOfScalar(scalar: Unicode.Scalar, width: Int) {
        #expect(DisplayWidth.of(scalar) == width)
    }

    @Test(arguments: ["\u{0}", "\u{1B}", "\u{7F}", "\u{80}", "\u{9F}", "\u{378}", "\u{E0080}"] as [Unicode.Scalar])
    func unprintableScalarHasNoWidth(scalar: Unicode.Scalar) {
        #expect(DisplayWidth.of(scalar) == nil)
    }

    @Test(arguments: [
        ("abcdef", 4, "abc…"), ("abc", 3, "abc"), ("abc", 0, ""), ("abc", -1, ""), ("中文字", 4, "中…"), ("中文字", 5, "中文…"),
        ("中文字", 1, "…"), ("中文字", 2, "…"), ("e\u{301}e\u{301}e\u{301}", 2, "e\u{301}…"), ("👍🏽👍🏽", 3, "👍…"),
    ])
    func truncate(text: String, width: Int, expected: String) {
        #expect(DisplayWidth.truncate(text, to: width) == expected)
    }

    @Test func unprintablesCountAsTheEscapesTheyWillBeShownAs() {
        #expect(DisplayWidth.truncate("\u{1B}\u{1B}\u{1B}abc", to: 4) == "\u{1B}…")
        #expect(DisplayWidth.pad("\u{1B}[2Jabc", to: 6) == "\u{1B}[2J…")
    }

    @Test(arguments: [("ab", 4, "ab  "), ("中", 3, "中 "), ("中文字", 5, "中文…"), ("中文字", 4, "中… "), ("", 2, "  ")])
    func pad(text: String, width: Int, expected: String) {
        #expect(DisplayWidth.pad(text, to: width) == expected)
    }

    @Test(arguments: 1...12 as ClosedRange<UInt64>)
    func truncateAndPadNeverExceedTheWidth(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let pieces = ["a", "Z", " ", "é", "e\u{301}", "中", "語", "한", "👍", "👍🏽", "❤️", "🇺🇸", "م", "ש", "\u{200B}", "ｆ", "\u{1B}", "\u{9B}", "\u{7F}", "\t"]
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...16, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            for width in 0...12 {
                let cut = DisplayWidth.truncate(text, to: width)
                let padded = DisplayWidth.pad(text, to: width)
                let context = Comment(rawValue: "\(text.debugDescription) to \(width)")
                #expect(DisplayWidth.of(cut) <= width, context)
                #expect(DisplayWidth.of(padded) == width, context)
                #expect(text.unicodeScalars.starts(with: cut.unicodeScalars.filter { $0 != "…" }) || cut.hasSuffix("…"), context)
                if width > 0 && DisplayWidth.of(text) <= width { #expect(cut == text, context) }
            }
        }
    }

    @Test func theBasicPlaneLookupAgreesWithTheRangesEverywhere() {
        let disagreeing = (0..<0x10000).filter { value in
            (0xD800..<0xE000).contains(value) ? false : Int(DisplayWidth.basicPlane[value]) != DisplayWidth.searched(UInt32(value))
        }
        #expect(disagreeing.isEmpty, "first: \(disagreeing.prefix(5).map { String($0, radix: 16) })")
        #expect(DisplayWidth.of(Unicode.Scalar(0x1F44D)!) == 2)
    }
}
