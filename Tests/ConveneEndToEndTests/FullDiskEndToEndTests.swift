import ConveneCore
import Foundation
import Testing

/// A real full disk (a 64 KiB tmpfs filled up): the next append is refused part-way, and every screen and command
/// says so in words, leaves no torn line and loses no acknowledged event; once space is freed the meeting goes on.
@Suite(.enabled(if: TinyDisk.canMount, "mounting a tmpfs needs root (CAP_SYS_ADMIN); without it no disk can really be filled"))
struct FullDiskEndToEndTests {
    let disk: TinyDisk
    let scratch = TemporaryFolder()
    var records: String { disk.path + "/rec" }

    init() throws { disk = try TinyDisk() }

    @Test func facilitatorSaysTheDiskIsFullAndGoesOnOnceSpaceIsFreed() throws {
        let tmux = try Tmux(width: 200, height: 30, command: conveneCommand(["run", Binary.agenda("visioning.md")], records: records))
        try tmux.wait(for: "READY")
        let log = try #require(onlyLog())
        let refused = try press("Space", in: tmux, onFullDiskUnder: log, refusal: "NOT SAVED: the disk is full: free some space", then: "RUNNING")
        #expect(refused.contains("READY"))
        try tmux.send("q")
        try tmux.waitForExit()
        #expect(tmux.exitStatus() == 0)
        try expectWholeJSONLines(log)
        try tmux.open(session: "resumed", width: 200, height: 30, command: conveneCommand(["resume"], records: records))
        try tmux.wait(for: "RUNNING", in: "resumed")
    }

    @Test func noteOnAFullDiskFailsWithTheReasonAndWritesNothing() throws {
        let log = RecordFixtures.hostileMeeting(in: records, ended: false)
        try disk.fill(leavingSlack: 8, after: log)
        let before = try FileBytes.read(log)

        let refused = try convene(["note", "latest", "Rent strike on the 1st"], environment: ["CONVENE_HOME": records])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("the note was not saved: the disk is full: free some space on the disk holding \(records)/meetings"))
        #expect(refused.stderr.contains("No space left on device"))
        try expectNothingWritten(to: log, since: before)

        disk.free()
        let saved = try convene(["note", "latest", "Rent strike on the 1st"], environment: ["CONVENE_HOME": records])
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(try EventLogFile(path: log).read().events.contains { ($0.payload as? NoteAdded)?.text == "Rent strike on the 1st" })
    }

    @Test func runOnAFullDiskLeavesNoEmptyLogBehind() throws {
        try disk.fill()
        let agenda = Fixtures.write(Fixtures.shortMeeting, named: "short.md", in: scratch)
        let refused = try convene(["run", agenda, "--plain"], environment: ["CONVENE_HOME": records])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("the meeting was not started: the disk is full"))
        #expect(onlyLog() == nil)
    }

    @Test func noteTakerKeepsTheTextWithTheReasonAndSavesItOnceSpaceIsFreed() throws {
        let log = RecordFixtures.hostileMeeting(in: records, ended: false)
        let tmux = try Tmux(width: 200, height: 30, command: conveneCommand(["join", "--as", "Sam", "--group", "1"], records: records))
        try tmux.wait(for: "Enter save")
        try tmux.type("Childcare at every meeting")
        try tmux.wait(for: "Childcare at every meeting")
        let refused = try press("Enter", in: tmux, onFullDiskUnder: log, refusal: "Your text is kept (Enter tries again). NOT SAVED: the disk is full",
                                then: "✓ saved")
        #expect(refused.contains("Childcare at every meeting"))
        #expect(try EventLogFile(path: log).read().events.contains { ($0.payload as? NoteAdded)?.text == "Childcare at every meeting" })
    }

    @Test func searchAndStatsOnAFullDiskAnswerFromTheLogsAndDeleteNothing() throws {
        let home = ["CONVENE_HOME": records]
        RecordFixtures.hostileMeeting(in: records)
        let grown = RecordFixtures.hostileMeeting(in: records, id: "2026-09-06-visioning", openedAt: "2026-09-06T14:00:00.000Z", ended: false)
        #expect(try convene(["search", "childcare"], environment: home).stdout.components(separatedBy: "Ask about childcare").count == 3)
        // Longer than a page, so its search line cannot fit in what is left of the index files' last pages.
        let strike = "Rent strike " + String(repeating: "on the first ", count: 400)
        #expect(try convene(["note", "2026-09-06-visioning", strike], environment: home).status == 0)
        try disk.fill()
        let logs = try [records + "/meetings/2026-08-30-visioning.jsonl", grown].map(FileBytes.read)
        let indexFiles = try FileManager.default.contentsOfDirectory(atPath: records + "/index").sorted()

        let search = try convene(["search", "RENT STRIKE"], environment: home)
        #expect(search.status == 0, "\(search.stderr)")
        #expect(search.stdout.hasPrefix("2026-09-06-visioning · 2. Vision, \"big\" · room · note"), "\(search.stdout)")
        #expect(search.stdout.contains(strike))
        let both = try convene(["search", "childcare"], environment: home)
        #expect(both.stdout.components(separatedBy: "Ask about childcare").count == 3, "\(both.stdout)")
        let stats = try convene(["stats"], environment: home)
        #expect(stats.status == 0)
        #expect(stats.stdout.contains("2 meeting(s), 2 distinct people"), "\(stats.stdout)")
        #expect(try [records + "/meetings/2026-08-30-visioning.jsonl", grown].map(FileBytes.read) == logs)
        #expect(try FileManager.default.contentsOfDirectory(atPath: records + "/index").sorted() == indexFiles)

        disk.free()
        #expect(try convene(["search", "rent strike"], environment: home).stdout.contains(strike))
        #expect(try FileBytes.read(records + "/index/search.txt").count > strike.utf8.count)
    }

    @Test func aFirstIndexThatRunsOutOfSpacePartWayStillSearchesEveryMeeting() throws {
        let home = ["CONVENE_HOME": records]
        RecordFixtures.hostileMeeting(in: records)
        let big = RecordFixtures.hostileMeeting(in: records, id: "2026-09-06-visioning", openedAt: "2026-09-06T14:00:00.000Z", ended: false)
        let strike = "Rent strike " + String(repeating: "on the first ", count: 400)
        try EventLogFile(path: big).append([Event(at: Date(), by: "Sam", NoteAdded(id: "big", text: strike, item: 1))])
        // Two pages stay free: the first meeting's lines fit, the second's do not.
        let spare = disk.path + "/spare"
        _ = FileManager.default.createFile(atPath: spare, contents: Data(count: 2 * Int(sysconf(Int32(_SC_PAGESIZE)))))
        try disk.fill()
        unlink(spare)

        let both = try convene(["search", "childcare"], environment: home)
        #expect(both.status == 0, "\(both.stderr)")
        #expect(both.stdout.components(separatedBy: "Ask about childcare").count == 3, "\(both.stdout)")
        #expect(try convene(["search", "strike"], environment: home).stdout.contains(strike))
    }

    /// Presses `key` with the disk full so that the line it appends is cut short, waits for `refusal` and checks that
    /// nothing was written; then frees space, presses `key` again and waits for `saved`. Returns the refused screen.
    private func press(_ key: String, in tmux: Tmux, onFullDiskUnder log: String, refusal: String, then saved: String) throws -> String {
        try disk.fill(leavingSlack: 8, after: log)
        let acknowledged = try FileBytes.read(log)
        try tmux.send(key)
        let refused = try tmux.wait(for: refusal)
        try expectNothingWritten(to: log, since: acknowledged)
        disk.free()
        try tmux.send(key)
        try tmux.wait(for: saved)
        return refused
    }

    private func onlyLog() -> String? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: records + "/meetings")) ?? []
        return names.first { $0.hasSuffix(".jsonl") }.map { records + "/meetings/" + $0 }
    }
}

/// The log holds exactly the acknowledged bytes it held `since`, every line still whole: a refused write left nothing.
private func expectNothingWritten(to path: String, since acknowledged: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws {
    #expect(try FileBytes.read(path) == acknowledged, "the log changed", sourceLocation: sourceLocation)
    try expectWholeJSONLines(path, sourceLocation: sourceLocation)
}

/// Every line of the log is a whole JSON object, parsed for real, and the file ends with a newline: no torn line.
private func expectWholeJSONLines(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let bytes = try FileBytes.read(path)
    #expect(bytes.last == 0x0A, "the log does not end with a newline", sourceLocation: sourceLocation)
    for (number, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().enumerated() {
        let object = try? JSONSerialization.jsonObject(with: Data(line))
        #expect(object is [String: Any], "line \(number + 1) is not a JSON object", sourceLocation: sourceLocation)
    }
}
