import Testing
@testable import ConveneCore

/// Text typed by one person can never drive another person's terminal.
@Suite struct SanitizedTests {
    @Test(arguments: [
        ("\u{1B}[2J", "\\e[2J"),
        ("red \u{1B}[31mALERT\u{1B}[0m", "red \\e[31mALERT\\e[0m"),
        ("\u{1B}]0;owned\u{7}", "\\e]0;owned\\x07"),
        ("\u{1B}]52;c;ZXZpbA==\u{1B}\\", "\\e]52;c;ZXZpbA==\\e\\"),
        ("\u{9B}31m", "\\x9b31m"),
        ("\u{9D}0;t\u{9C}", "\\x9d0;t\\x9c"),
        ("\u{85}", "\\x85"),
        ("del\u{7F}", "del\\x7f"),
        ("a\nb\rc\td", "a\\nb\\rc\\td"),
        ("bell\u{7}", "bell\\x07"),
        ("nul\u{0}", "nul\\x00"),
        ("\u{E0080}", "\\u{e0080}"),
    ])
    func escapesControls(text: String, shown: String) {
        #expect(Sanitized.inline(text) == shown)
    }

    @Test(arguments: [
        "Ana María", "王小明", "山田花子", "김민준", "فاطمة الزهراء", "דוד לוי", "Алексей", "प्रिया शर्मा", "Νίκος",
        "👍🏽 ❤️ 👩‍👩‍👧", "e\u{301}", "100% \\e not an escape", "Zoë (she/they)", "\u{200F}\u{202B}rtl\u{202C}",
    ])
    func keepsOrdinaryText(text: String) {
        #expect(Sanitized.inline(text) == text)
    }

    @Test func resultNeverHoldsAnUnprintableCodePoint() {
        var rng = SeededGenerator(seed: 7)
        for _ in 0..<2000 {
            let scalars = (0..<Int.random(in: 0...12, using: &rng)).compactMap { _ in
                Unicode.Scalar(UInt32.random(in: 0...0x2FF, using: &rng)) ?? Unicode.Scalar(0x41)
            }
            let shown = Sanitized.inline(String(String.UnicodeScalarView(scalars)))
            #expect(shown.unicodeScalars.allSatisfy { DisplayWidth.of($0) != nil && $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) })
        }
    }
}
