import Foundation
import Testing
@testable import ConveneCore

/// Meeting ids become file names: whatever the title, an id stays inside the records folder.
@Suite struct MeetingIDTests {
    @Test(arguments: [
        ("Envisioning a Just Healthcare System", "envisioning-a-just-healthcare-system"),
        ("Réunion générale : ça va ?", "reunion-generale-ca-va"),
        ("Zoë & François — Año Nuevo", "zoe-francois-ano-nuevo"),
        ("Straße", "strasse"),
        ("ＦＵＬＬ　ｗｉｄｔｈ", "full-width"),
        ("2026 Budget!!!", "2026-budget"),
        ("  Hello   World  ", "hello-world"),
        ("Visioning 日本語 meeting", "visioning-meeting"),
        ("医療の未来", "meeting"),
        ("건강 모임", "meeting"),
        ("Встреча", "meeting"),
        ("", "meeting"),
        ("---", "meeting"),
        ("../../etc/passwd", "etc-passwd"),
        ("a/b\\c\0d\ne", "a-b-c-d-e"),
    ])
    func slug(title: String, slug: String) {
        #expect(MeetingID.slug(title) == slug)
    }

    @Test func longTitleIsCutAtSixtyWithoutATrailingHyphen() {
        let slug = MeetingID.slug(String(repeating: "Visioning meeting ", count: 20))
        #expect(slug.count <= 60)
        #expect(!slug.hasSuffix("-") && slug.hasPrefix("visioning-meeting-visioning"))
        let cutAtHyphen = MeetingID.slug(String(repeating: "a", count: 59) + " bcd")
        #expect(cutAtHyphen == String(repeating: "a", count: 59))
    }

    @Test func makeAddsANumberWhenTheIdIsTaken() {
        let day = AgendaDate(year: 2026, month: 8, day: 30, minuteOfDay: 840)
        #expect(MeetingID.make(title: "Visioning", day: day, taken: []) == "2026-08-30-visioning")
        #expect(MeetingID.make(title: "Visioning", day: day, taken: ["2026-08-30-visioning"]) == "2026-08-30-visioning-2")
        #expect(MeetingID.make(title: "Visioning", day: day, taken: ["2026-08-30-visioning", "2026-08-30-visioning-2", "2026-08-30-visioning-3"])
                == "2026-08-30-visioning-4")
        #expect(MeetingID.make(title: "医療", day: AgendaDate(year: 999, month: 1, day: 2), taken: []) == "0999-01-02-meeting")
    }

    @Test(arguments: ["2026-08-30-visioning", "2026-08-30-visioning-2", "a", "latest", String(repeating: "a", count: 100)])
    func validIds(text: String) {
        #expect(MeetingID.isValid(text))
    }

    @Test(arguments: ["", "-x", "../x", "..", ".", "/etc/passwd", "a/b", "A", "2026 08", "é", "a\0b", "a\nb", "x.jsonl",
                      String(repeating: "a", count: 101), String(repeating: "x", count: 10_000)])
    func invalidIds(text: String) {
        #expect(!MeetingID.isValid(text))
    }

    @Test(arguments: 1...20 as ClosedRange<UInt64>)
    func idsFromAnyTitleAreSafeFileNames(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let pieces = ["/", "..", ".", "\0", "\n", "\\", " ", "-", "a", "Z", "9", "é", "ß", "中", "😀", "\u{202E}", "\u{1B}[2J", "İ", "ﬁ", "Ǆ", "%2e", "~"]
        for _ in 0..<200 {
            let title = (0..<Int.random(in: 0...90, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let id = MeetingID.make(title: title, day: AgendaDate(year: 2026, month: 8, day: 30), taken: [])
            #expect(MeetingID.isValid(id), Comment(rawValue: title.debugDescription))
            #expect(!id.contains("/") && !id.contains("..") && !id.contains("\0") && !id.hasSuffix("-"))
            #expect(id.utf8.count <= 71)
        }
    }
}
