import Testing
@testable import ConveneCore

@Suite struct RosterParserTests {
    func errors(_ text: String) -> [String] {
        do {
            _ = try RosterParser.parse(Array(text.utf8), file: "r.csv")
            return []
        } catch { return error.errors.map(\.description) }
    }

    @Test func sampleCSV() throws {
        let roster = try RosterParser.parse(try Fixtures.bytes("roster-sample.csv"), file: "roster-sample.csv")
        #expect(roster.people.count == 40)
        #expect(roster.people[0] == Person(name: "María José Hernández", tags: ["member", "facilitator"], pronouns: "she/her",
                                           attributes: ["email": "maria.hernandez@example.org"]))
        #expect(roster.people.contains { $0.name == "Okafor, Amara" })
        #expect(roster.people.first { $0.name == "Rosa Martínez" }?.pronouns == "she/her, ella")
        #expect(roster.people.first { $0.name == "Marcus Johnson" }?.notWith == ["Sam Rivera", "Dana Cohen"])
        #expect(roster.people.first { $0.name == "Mateo Rossi" }?.pronouns == nil)
    }

    @Test func plainText43() throws {
        let roster = try RosterParser.parse(try Fixtures.bytes("roster-43.txt"), file: "roster-43.txt")
        #expect(roster.people.count == 43)
        #expect(roster.people.allSatisfy { $0.tags.isEmpty && $0.attributes.isEmpty })
    }

    @Test func quotesNewlinesCRLFAndBOM() throws {
        let text = "\u{FEFF}Name,Tags,Notes\r\n\"Doe, \"\"JD\"\" Jane\",new,\"two\r\nlines\"\r\nBo,,\r\n"
        let roster = try RosterParser.parse(Array(text.utf8), file: "r.csv")
        #expect(roster.people.map(\.name) == ["Doe, \"JD\" Jane", "Bo"])
        #expect(roster.people[0].attributes == ["notes": "two\nlines"])
        #expect(roster.people[0].tags == ["new"])
    }

    @Test func lineNumbersCountLinesInsideQuotes() {
        let text = "name,notes\nA,\"x\ny\"\nA,z\n"
        #expect(errors(text) == ["r.csv:4: \"A\" is already on line 2; names must be unique (add an initial)"])
    }

    @Test func errorsNameTheLine() {
        #expect(errors("name,tags\nA,x,extra\n,new\nB,\n") == [
            "r.csv:2: this row has 3 fields but the header names 2; quote fields that contain commas",
            "r.csv:3: this row has no name; every row needs one",
        ])
        #expect(errors("name,not-with\nA,Zed\n") == ["r.csv:2: not-with names \"Zed\", who is not on this roster"])
        #expect(errors("name\n\"A\n") == ["r.csv:2: a quoted field is never closed; add the closing \""])
        #expect(errors("Ann\nBo\nAnn\n") == ["r.csv:3: \"Ann\" is already on line 1; names must be unique (add an initial)"])
        #expect(errors("Ann\n") == [])
    }

    @Test func notUTF8() {
        do {
            _ = try RosterParser.parse(Array("Ann\n".utf8) + [0xFF, 0x0A], file: "r.txt")
            Issue.record("expected an error")
        } catch {
            #expect(error.errors.map(\.description) == ["r.txt:2: this line is not UTF-8 text; save the file as UTF-8"])
        }
    }
}
