import ConveneCore
import Foundation
import Testing

/// A records folder on a real read-only mount: commands that write refuse, naming the folder and what to do, and
/// change nothing; commands that read still work, from the logs, since no index can be built there.
@Suite(.enabled(if: TinyDisk.canMount, "mounting a tmpfs needs root (CAP_SYS_ADMIN); without it no folder can really be read-only"))
struct ReadOnlyRecordsEndToEndTests {
    let disk: TinyDisk
    let scratch = TemporaryFolder()
    let log: String
    var records: String { disk.path + "/rec" }

    init() throws {
        disk = try TinyDisk()
        log = RecordFixtures.hostileMeeting(in: disk.path + "/rec", ended: false)
        try disk.makeReadOnly()
    }

    func convene(_ arguments: [String]) throws -> RunResult {
        try ConveneEndToEndTests.convene(arguments, environment: ["CONVENE_HOME": records])
    }

    @Test func runAndNoteRefuseNamingTheFolderAndChangeNothing() throws {
        let before = try FileBytes.read(log)
        let agenda = Fixtures.write(Fixtures.shortMeeting, named: "short.md", in: scratch)
        let advice = "\(records)/meetings is read-only: remount it read-write, or choose a writable records folder with --records DIR"
        let run = try convene(["run", agenda, "--plain"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("the meeting was not started: " + advice), "\(run.stderr)")
        let note = try convene(["note", "latest", "Rent strike"])
        #expect(note.status == 1)
        #expect(note.stderr.contains("the note was not saved: " + advice), "\(note.stderr)")
        for result in [run, note] {
            #expect(result.stderr.contains("Read-only file system"))
            #expect(!result.stderr.contains("Fatal error"))
        }
        #expect(try FileBytes.read(log) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: records + "/meetings") == ["2026-08-30-visioning.jsonl"])
    }

    @Test func readingCommandsWorkFromTheLogsWithoutAnIndex() throws {
        let meetings = try convene(["meetings"])
        #expect(meetings.status == 0)
        #expect(meetings.stdout.contains("2026-08-30-visioning  2026-08-30"))
        let show = try convene(["show", "latest"])
        #expect(show.status == 0)
        #expect(show.stdout.contains("Book the hall — owner: " + RecordFixtures.hostileName))
        let export = try convene(["export", "latest", "--format", "markdown"])
        #expect(export.status == 0)
        #expect(export.stdout.contains("Book the hall"))
        let search = try convene(["search", "childcare"])
        #expect(search.status == 0)
        #expect(search.stdout.contains("2026-08-30-visioning · 1. Welcome · room · follow-up"), "\(search.stdout)")
        let stats = try convene(["stats"])
        #expect(stats.stdout.contains("1 meeting(s), 2 distinct people"), "\(stats.stdout)")
        #expect(!FileManager.default.fileExists(atPath: records + "/index"))
    }

    @Test func aStaleIndexIsSearchedTogetherWithWhatTheLogsAddedSince() throws {
        let stale = try TinyDisk()
        let home = stale.path + "/rec"
        let run = { (arguments: [String]) in try ConveneEndToEndTests.convene(arguments, environment: ["CONVENE_HOME": home]) }
        RecordFixtures.hostileMeeting(in: home)
        RecordFixtures.hostileMeeting(in: home, id: "2026-09-06-visioning", openedAt: "2026-09-06T14:00:00.000Z", ended: false)
        #expect(try run(["stats"]).status == 0)
        #expect(try run(["note", "2026-09-06-visioning", "Rent strike"]).status == 0)
        let index = try FileBytes.read(home + "/index/index.json")
        try stale.makeReadOnly()

        let search = try run(["search", "strike"])
        #expect(search.stdout.hasPrefix("2026-09-06-visioning · 2. Vision, \"big\" · room · note"), "\(search.stdout) \(search.stderr)")
        let both = try run(["search", "childcare"])
        #expect(both.stdout.components(separatedBy: "Ask about childcare").count == 3, "\(both.stdout)")
        #expect(try run(["stats"]).stdout.contains("2 meeting(s), 2 distinct people"))
        #expect(try run(["meetings"]).stdout.contains("2026-09-06-visioning  2026-09-06"))
        #expect(try FileBytes.read(home + "/index/index.json") == index)
    }

    @Test func resumeOpensReadOnlyAndSaysWhy() throws {
        let tmux = try Tmux(width: 200, height: 30, command: conveneCommand(["resume"], records: records))
        try tmux.wait(for: "READ-ONLY (\(records)/meetings is read-only: remount it read-write")
        try tmux.send("n")
        try tmux.wait(for: "read-only: ")
        try tmux.send("q")
        try tmux.waitForExit()
        #expect(tmux.exitStatus() == 0)
    }
}
