import Foundation
import Testing
@testable import ConveneCore

/// Escaping for the site: HTML text and attributes, and JSON inside a script data block.
@Suite struct SiteTextTests {
    @Test func markupAndQuotesBecomeEntities() {
        #expect(HTMLText.escape(#"<script>"x"&'y'"#) == "&lt;script&gt;&quot;x&quot;&amp;&#39;y&#39;")
        #expect(HTMLText.escape("plain words, 123") == "plain words, 123")
    }

    @Test func aQuoteWithACombiningMarkIsStillEscaped() {
        // One Character, `"` plus U+0301, which a browser still reads as a quote that ends an attribute.
        let escaped = HTMLText.escape("a\"\u{301} onmouseover=x '\u{301}<\u{301}")
        #expect(!escaped.contains("\"") && !escaped.contains("'") && !escaped.contains("<"))
        #expect(escaped.contains("&quot;\u{301}") && escaped.contains("&#39;\u{301}") && escaped.contains("&lt;\u{301}"))
    }

    @Test func terminalEscapesAreShownAndLineBreaksKept() {
        #expect(HTMLText.escape("a\u{1B}[2Jb\r\nc\rd\u{7}") == "a\\e[2Jb\nc\\rd\\x07")
        #expect(HTMLText.escape("Zoë 山田") == "Zoë 山田")
    }

    @Test func recordHTMLEscapesWithTheSameFunction() {
        let text = SiteFixtures.hostileName + SiteFixtures.hostileNote
        #expect(RecordHTML.e(text) == HTMLText.escape(text))
    }

    @Test func scriptJSONCannotEndItsBlockAndReadsBackAsTheVisibleText() throws {
        let hostile = SiteFixtures.hostileNote + " <!-- -->"
        let json = ScriptJSON.string(hostile)
        for forbidden in ["<", ">", "&", "\u{2028}", "\u{1B}", "\n"] { #expect(!json.contains(forbidden), "\(forbidden.unicodeScalars.map(\.value))") }
        let decoded = try JSONDecoder().decode(String.self, from: Data(json.utf8))
        #expect(decoded == "Rent <b>too</b> high & \"more\"\u{2028}</script><script>alert(2)</script>\n\\e]0;pwned\\x07second line <!-- -->")
    }

    @Test func plainTextNeedsOnlyQuotes() {
        #expect(ScriptJSON.string("Ana García") == "\"Ana García\"")
        #expect(ScriptJSON.array([ScriptJSON.string("a"), "1"]) == "[\"a\",1]")
    }
}
