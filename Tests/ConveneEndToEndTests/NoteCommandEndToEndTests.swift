import ConveneCore
import Foundation
import Testing

/// `convene note` from a script: refuses bad input with clear messages and the right exit codes.
@Suite struct NoteCommandEndToEndTests {
    @Test func badMeetingKindOrTextAreRefused() throws {
        let folder = TemporaryFolder()
        let env = ["CONVENE_HOME": folder.path + "/rec"]
        let missing = try convene(["note", "2026-01-01-nothing", "hello"], environment: env)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no meeting"))
        let kind = try convene(["note", "latest", "hello", "--kind", "gossip"], environment: env)
        #expect(kind.status == 2)
        #expect(kind.stderr.contains("unknown kind 'gossip'; use one of note, idea, decision, action, follow-up, quote"))
        let empty = try convene(["note", "latest", "  "], environment: env)
        #expect(empty.status == 2)
        let group = try convene(["note", "latest", "x", "--group", "zero"], environment: env)
        #expect(group.status == 2)
    }

    @Test func anActionFromAScriptTakesItsOwnerFromTheTextAndIsOnDiskOnExit() throws {
        let folder = TemporaryFolder()
        let records = folder.path + "/rec"
        let agenda = try AgendaParser.parse(lines: Fixtures.shortMeeting.components(separatedBy: "\n"), file: "short.md")
        let id = try RecordsFolder(root: records).create(opened: MeetingOpened(id: "", agendaFile: "short.md", agenda: agenda, roster: .empty),
                                                          day: AgendaDate(year: 2026, month: 8, day: 30), at: Date(), by: "test")
        let result = try convene(["note", id, "book the hall @José", "--kind", "action", "--by", "Ana"], environment: ["CONVENE_HOME": records])
        #expect(result.status == 0)
        let note = try #require(try RecordsFolder(root: records).log(id).read().events.last?.payload as? NoteAdded)
        #expect(note.owner == "José")
        #expect(note.kind == .action)
        #expect(note.id.hasPrefix("ana-"))
    }

    @Test func anOwnerNamedWithSeveralWordsIsTheWholeRosterName() throws {
        let folder = TemporaryFolder()
        let records = folder.path + "/rec"
        let agenda = try AgendaParser.parse(lines: Fixtures.shortMeeting.components(separatedBy: "\n"), file: "short.md")
        let roster = Roster(people: [Person(name: "Chidi Eze"), Person(name: "Ama Owusu")])
        let id = try RecordsFolder(root: records).create(opened: MeetingOpened(id: "", agendaFile: "short.md", agenda: agenda, roster: roster),
                                                          day: AgendaDate(year: 2026, month: 8, day: 30), at: Date(), by: "test")
        let result = try convene(["note", id, "call the steward @Chidi Eze", "--kind", "action"], environment: ["CONVENE_HOME": records])
        #expect(result.status == 0)
        let note = try #require(try RecordsFolder(root: records).log(id).read().events.last?.payload as? NoteAdded)
        #expect(note.owner == "Chidi Eze")
    }

}
