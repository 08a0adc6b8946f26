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
