import Foundation
import Testing

/// `convene meetings`, `show`, `search` and `stats` on real logs, including a damaged one.
@Suite struct RecordsEndToEndTests {
    let folder = TemporaryFolder()

    func convene(_ arguments: [String]) throws -> RunResult {
        try ConveneEndToEndTests.convene(arguments + ["--records", folder.path])
    }

    @Test func meetingsListsNewestFirstWithStatus() throws {
        RecordFixtures.hostileMeeting(in: folder.path, id: "2026-08-30-visioning")
        RecordFixtures.hostileMeeting(in: folder.path, id: "2026-09-06-visioning", openedAt: "2026-09-06T14:00:00.000Z")
        let text = try convene(["meetings"])
        #expect(text.status == 0)
        let lines = text.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("2026-09-06-visioning  2026-09-06       2      2      3  ended    Visioning"))
        let json = try convene(["meetings", "--json"])
        struct Row: Decodable { var id: String; var status: String; var notes: Int }
        let rows = try JSONDecoder().decode([Row].self, from: Data(json.stdout.utf8))
        #expect(rows.map(\.id) == ["2026-09-06-visioning", "2026-08-30-visioning"])
        #expect(rows[0].status == "ended" && rows[0].notes == 3)
    }

    @Test func showPrintsTheRecordWithUserTextSanitized() throws {
        RecordFixtures.hostileMeeting(in: folder.path)
        let result = try convene(["show", "latest"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("  1.  Welcome        10:00 / 10:00"))
        #expect(result.stdout.contains("  2.  Vision, \"big\"  20:00 / 30:00"))
        #expect(result.stdout.contains(#"Rent "too high", say <b>all</b>\nsecond line 多言語 & more"#))
        #expect(result.stdout.contains("Book the hall — owner: " + RecordFixtures.hostileName + ", due 2026-09-06"))
        #expect(result.stdout.contains("Bo contacts Ana: Ask about childcare"))
    }

    @Test func aDamagedLogStillListsAndShowsWhatIsReadable() throws {
        let log = RecordFixtures.hostileMeeting(in: folder.path)
        var lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.insert("garbage {{{", at: 3)
        let damaged = lines.dropLast().joined(separator: "\n") + "\n{\"at\":\"2026-08-30T14:4"
        _ = FileManager.default.createFile(atPath: log, contents: Data(damaged.utf8))
        let list = try convene(["meetings"])
        #expect(list.stdout.contains("damaged"))
        let show = try convene(["show", "2026-08-30-visioning"])
        #expect(show.status == 0)
        #expect(show.stdout.contains("! line 4 of the log is unreadable (not valid JSON)"))
        #expect(show.stdout.contains("! line 9 of the log is unreadable (the last line has no end"))
        #expect(show.stdout.contains("Book the hall"))
        #expect(show.stdout.contains("Rent"))
    }

    @Test func searchIgnoresCaseAndAccentsAndNamesWhereANoteWasTaken() throws {
        RecordFixtures.hostileMeeting(in: folder.path)
        let result = try convene(["search", "ZOE"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("2026-08-30-visioning · 1. Welcome · room · note · " + RecordFixtures.hostileName))
        #expect(try convene(["search", "CHILDCARE"]).stdout.contains("follow-up"))
        #expect(try convene(["search", "nothing-like-this"]).stdout == "No notes match.\n")
        #expect(try convene(["search"]).status == 2)
    }

    @Test func statsShowsPerMeetingFiguresAndAChart() throws {
        RecordFixtures.hostileMeeting(in: folder.path)
        let result = try convene(["stats"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("1 meeting(s), 2 distinct people, 0 of 1 ran to time"))
        #expect(result.stdout.contains("2026-08-30 ++++++++++++++++++++++++++++++++++++++++ 2"))
    }

    @Test func aMissingMeetingIsBadInput() throws {
        let result = try convene(["show", "2099-01-01"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no meeting '2099-01-01'"))
    }
}
