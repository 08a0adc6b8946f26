import Testing
@testable import ConveneCore

/// The sample rosters are what the roster reader will be tested on: check they say what the spec (§3) needs.
@Suite struct RosterFixtureTests {
    /// Splits CSV text into rows of fields (RFC 4180: quoted fields may hold commas and doubled quotes).
    static func csvRows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = text.makeIterator()
        while let c = chars.next() {
            if quoted {
                if c == "\"" {
                    if let next = chars.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; consume(next) }
                    } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" && field.isEmpty {
                quoted = true
            } else { consume(c) }
        }
        func consume(_ c: Character) {
            switch c {
            case ",": row.append(field); field = ""
            case "\n": row.append(field); rows.append(row); row = []; field = ""
            default: field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    @Test func sampleCSVRoster() throws {
        let lines = try TextLines.decode(try Fixtures.bytes("roster-sample.csv"), file: "roster-sample.csv")
        let rows = Self.csvRows(lines.joined(separator: "\n") + "\n")
        #expect(rows.first == ["name", "tags", "pronouns", "not-with", "email"])
        let people = rows.dropFirst()
        #expect(people.count == 40)
        #expect(people.allSatisfy { $0.count == 5 && !$0[0].isEmpty })
        let names = people.map { $0[0] }
        #expect(Set(names).count == names.count, "names are unique")
        #expect(names.contains("Okafor, Amara"), "a quoted field holds a comma")
        #expect(people.contains { $0[2] == "she/her, ella" })

        let tags = Set(people.flatMap { $0[1].split(separator: ";").map(String.init) })
        #expect(tags.isSuperset(of: ["member", "new", "facilitator"]))
        #expect(people.filter { $0[1].split(separator: ";").contains("facilitator") }.count >= 8, "enough facilitators for groups of 5")

        let notWith = people.flatMap { row in row[3].split(separator: ";").map { (row[0], String($0)) } }
        #expect(notWith.count >= 2)
        #expect(notWith.allSatisfy { names.contains($0.1) && $0.0 != $0.1 }, "not-with names someone on the roster")
        #expect(people.allSatisfy { $0[4].hasSuffix("@example.org") || $0[4].hasSuffix("@example.net") || $0[4].hasSuffix("@example.com") })
    }

    @Test func plainTextRoster() throws {
        let names = try TextLines.decode(try Fixtures.bytes("roster-43.txt"), file: "roster-43.txt")
        #expect(names.count == 43)
        #expect(Set(names).count == 43)
        #expect(names.allSatisfy { !$0.isEmpty && $0 == $0.trimmingSpaces })
    }

    /// Names in many scripts, so layout and grouping are tested on more than ASCII.
    @Test(arguments: ["roster-sample.csv", "roster-43.txt"])
    func rosterMixesScripts(name: String) throws {
        let text = try TextLines.decode(try Fixtures.bytes(name), file: name).joined(separator: "\n")
        let scripts: [(String, ClosedRange<UInt32>)] = [
            ("Latin accents", 0xC0...0x24F), ("Greek", 0x370...0x3FF), ("Cyrillic", 0x400...0x4FF), ("Hebrew", 0x590...0x5FF),
            ("Arabic", 0x600...0x6FF), ("Devanagari", 0x900...0x97F), ("Hangul", 0xAC00...0xD7AF), ("CJK", 0x4E00...0x9FFF),
        ]
        for (script, range) in scripts {
            #expect(text.unicodeScalars.contains { range.contains($0.value) }, "\(script)")
        }
    }
}
