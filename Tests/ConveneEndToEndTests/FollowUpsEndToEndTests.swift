import ConveneCore
import Foundation
import Testing

/// `convene followups` and `convene person` on a real records folder: listing, closing an item in the log it came
/// from, and clear refusals for bad ids and names.
@Suite struct FollowUpsEndToEndTests {
    /// Two meetings of one series: an overdue action for Ana, a follow-up with Kofi organized by 山田 花子; Anaïs,
    /// on the roster too, holds nothing.
    private func records() throws -> (path: String, first: String, second: String, folder: TemporaryFolder) {
        let folder = TemporaryFolder()
        let path = folder.path + "/rec"
        let records = RecordsFolder(root: path)
        let roster = Roster(people: [Person(name: "Ana", tags: ["member"]), Person(name: "山田 花子", tags: ["member"]), Person(name: "Kofi", tags: ["new"]), Person(name: "Anaïs")])
        var ids: [String] = []
        for (day, notes) in [(1, [NoteAdded(id: "a", kind: .action, text: "Book the hall", item: 0, owner: "Ana", due: "2026-08-08"),
                                  NoteAdded(id: "f", kind: .followUp, text: "Ask about childcare", item: 0, person: "Kofi", organizer: "山田 花子")]),
                             (8, [NoteAdded(id: "q", kind: .quote, text: "“Care is a right” — Kofi", item: 0)])] {
            let agenda = Agenda(title: "Visioning \(day)", items: [AgendaItem(title: "Next steps", seconds: 600)])
            let start = Timestamp.parse("2026-08-0\(day)T18:00:00.000Z") ?? Date(timeIntervalSince1970: 0)
            let id = try records.create(opened: MeetingOpened(id: "", agendaFile: "v.md", agenda: agenda, roster: roster),
                                        day: AgendaDate(year: 2026, month: 8, day: day), at: start, by: "fac")
            try records.log(id).append([Event(at: start, by: "fac", PersonArrived(name: "Kofi", tags: ["new"], walkIn: false, late: true))]
                + notes.map { Event(at: start.addingTimeInterval(60), by: "Ana", $0) } + [Event(at: start.addingTimeInterval(600), by: "fac", MeetingEnded())])
            ids.append(id)
        }
        return (path, ids[0], ids[1], folder)
    }

    @Test func listDoneAndTheLogOfTheMeetingItCameFrom() throws {
        let (path, first, _, folder) = try records()
        _ = folder
        let env = ["CONVENE_HOME": path]
        let list = try convene(["followups"], environment: env)
        #expect(list.status == 0)
        let action = FollowUpID.make(meeting: first, note: "a"), followUp = FollowUpID.make(meeting: first, note: "f")
        #expect(list.stdout.contains("Ana — 1 open, 1 overdue\n  \(action)  2026-08-01  action     Book the hall · due 2026-08-08 · OVERDUE · Visioning 1\n"))
        #expect(list.stdout.contains("山田 花子 — 1 open\n  \(followUp)  2026-08-01  follow-up  talk with Kofi: Ask about childcare · Visioning 1\n"))

        let done = try convene(["followups", "done", String(followUp.prefix(4)), "--outcome", "Coming to the rally", "--assessment", "4", "--by", "山田 花子"], environment: env)
        #expect(done.status == 0)
        #expect(done.stdout.hasPrefix("\(followUp) done"))
        let last = try #require(try RecordsFolder(root: path).log(first).read().events.last)
        #expect(last.by == "山田 花子")
        #expect(last.payload as? FollowUpCompleted == FollowUpCompleted(id: "f", outcome: "Coming to the rally", assessment: 4))

        let open = try convene(["followups", "--mine", "山田 花子"], environment: env)
        #expect(open.stdout.contains("Nothing open"))
        let all = try convene(["followups", "--all", "--json"], environment: env)
        #expect(all.stdout.contains("\"status\" : \"done\"") && all.stdout.contains("\"outcome\" : \"Coming to the rally\""))

        #expect(try convene(["followups", "reassign", action, "--to", "Kofi"], environment: env).status == 0)
        #expect(try convene(["followups", "due", action, "2099-09-30"], environment: env).status == 0)
        let mine = try convene(["followups", "--mine", "kofi"], environment: env)
        #expect(mine.stdout.contains("Book the hall · due 2099-09-30 · Visioning 1"))
        #expect(try convene(["followups", "drop", action, "--reason", "hall closed"], environment: env).status == 0)
        #expect(try convene(["followups"], environment: env).stdout.contains("Nothing open"))
        let shown = try convene(["show", first], environment: env)
        #expect(shown.stdout.contains("[\(action)] Book the hall — owner: Kofi, due 2099-09-30 · dropped: hall closed"))
    }

    @Test func badIdsNamesAndUsageAreRefusedClearly() throws {
        let (path, first, _, folder) = try records()
        _ = folder
        let env = ["CONVENE_HOME": path]
        let before = try FileBytes.read(RecordsFolder(root: path).logPath(first))
        let unknown = try convene(["followups", "done", "zzzzzz", "--outcome", "x"], environment: env)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no action or follow-up 'zzzzzz' in the records"))
        let notAnID = try convene(["followups", "done", "\u{1B}[2J", "--outcome", "x"], environment: env)
        #expect(notAnID.status == 1 && !notAnID.stderr.contains("\u{1B}"))
        let action = FollowUpID.make(meeting: first, note: "a")
        #expect(try convene(["followups", "done", action], environment: env).status == 2)
        #expect(try convene(["followups", "done", action, "--outcome", "x", "--assessment", "9"], environment: env).status == 2)
        #expect(try convene(["followups", "due", action, "next week"], environment: env).status == 2)
        #expect(try convene(["followups", "finish", action], environment: env).status == 2)
        let nobody = try convene(["followups", "--mine", "na"], environment: env)
        #expect(nobody.status == 1)
        #expect(nobody.stderr.contains("nobody named 'na' holds an action or follow-up in the records; did you mean 'Ana'?"))
        let mine = try convene(["followups", "--mine", "yamada", "--all"], environment: env)
        #expect(mine.status == 1 && mine.stderr.contains("nobody named 'yamada'"))
        let ambiguous = try convene(["person", "an"], environment: env)
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.contains("'an' could be 'Ana', 'Anaïs'; type more of the name"), "\(ambiguous.stderr)")
        #expect(try FileBytes.read(RecordsFolder(root: path).logPath(first)) == before)
        let help = try convene(["followups", "--help"], environment: env)
        #expect(help.status == 0 && help.stdout.contains("convene followups done ID --outcome TEXT"))
        #expect(try convene(["person", "--help"], environment: env).stdout.contains("usage: convene person NAME"))
    }

    @Test func aPersonsHistoryAcrossMeetings() throws {
        let (path, first, second, folder) = try records()
        _ = folder
        let env = ["CONVENE_HOME": path]
        let kofi = try convene(["person", "kofi"], environment: env)
        #expect(kofi.status == 0)
        #expect(kofi.stdout.hasPrefix("Kofi\nExpected at 2 meetings: attended 2, late 2 · tags: new\n"))
        #expect(kofi.stdout.contains("  2026-08-01  Visioning 1 · present, late\n"))
        #expect(kofi.stdout.contains("quote: “Care is a right” — Kofi · \(second)"))
        #expect(kofi.stdout.contains("Follow-ups about them (1)\n  \(FollowUpID.make(meeting: first, note: "f"))  2026-08-01  山田 花子: Ask about childcare · OPEN"))
        #expect(try convene(["person", "kof"], environment: env).stdout == kofi.stdout)
        let yamada = try convene(["person", "山田"], environment: env)
        #expect(yamada.status == 0 && yamada.stdout.hasPrefix("山田 花子\n"))
        let held = try convene(["followups", "--mine", "山田"], environment: env)
        #expect(held.stdout.hasPrefix("山田 花子 — 1 open"), "\(held.stdout)")
        let json = try convene(["person", "Kofi", "--json"], environment: env)
        #expect(json.stdout.contains("\"name\" : \"Kofi\""))
        let nobody = try convene(["person", "Zed"], environment: env)
        #expect(nobody.status == 1)
        #expect(nobody.stderr.contains("nobody named 'Zed' in the records"))
        #expect(try convene(["person"], environment: env).status == 2)
    }
}
