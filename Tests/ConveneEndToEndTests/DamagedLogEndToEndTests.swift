import ConveneCore
import Foundation
import Testing

/// A damaged log opens read-only naming the line, `convene repair` sets the line aside, and the meeting
/// then opens normally; nothing is lost on the way.
@Suite struct DamagedLogEndToEndTests {
    @Test func garbageLineOpensReadOnlyUntilRepaired() throws {
        let folder = TemporaryFolder()
        let records = folder.path + "/rec"
        let agenda = Fixtures.write(Fixtures.shortMeeting, named: "short.md", in: folder)
        let tmux = try Tmux(width: 200, height: 30, command: conveneCommand(["run", agenda], records: records))
        try tmux.wait(for: "READY")
        try tmux.send("n")
        try tmux.wait(for: "NOW 2/3")
        try tmux.send("q")
        try tmux.waitForExit()
        let meetings = records + "/meetings/"
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: meetings).first { $0.hasSuffix(".jsonl") })
        let log = EventLogFile(path: meetings + name)
        let good = try FileBytes.read(log.path)
        try log.append(bytes: Array("\u{1B}[2J garbage from a bad disk\n".utf8))
        try log.append([Event(at: Date(), by: "someone", TimerPaused())])

        try tmux.open(session: "damaged", width: 200, height: 30, command: conveneCommand(["resume"], records: records))
        try tmux.wait(for: "line 3 of", in: "damaged")
        try tmux.send("Space", to: "damaged")
        try tmux.wait(for: "read-only", in: "damaged")
        try tmux.send("q", to: "damaged")
        try tmux.waitForExit("damaged")
        #expect(try log.read().damaged.map(\.line) == [3])

        let id = String(name.dropLast(6))
        let repaired = try convene(["repair", id], environment: ["CONVENE_HOME": records])
        #expect(repaired.status == 0)
        #expect(repaired.stdout.contains("line 3: not valid JSON"))
        #expect(!repaired.stdout.contains("\u{1B}"))
        #expect(try FileBytes.read(log.damagedPath) == Array("line 3: \u{1B}[2J garbage from a bad disk\n".utf8))
        #expect(try log.read().events.count == 3)
        #expect(Array(try FileBytes.read(log.path).prefix(good.count)) == good)

        try tmux.open(session: "repaired", width: 200, height: 30, command: conveneCommand(["resume"], records: records))
        try tmux.wait(for: "PAUSED", in: "repaired")
        try tmux.send("Space", to: "repaired")
        try tmux.wait(for: "RUNNING", in: "repaired")
        let again = try convene(["repair", id], environment: ["CONVENE_HOME": records])
        #expect(again.stdout.contains("nothing to repair"))
    }

    @Test(arguments: ["../x", "/etc/passwd", "..", "a/../../b", String(repeating: "a", count: 5000), "-rf", "x\u{1B}]0;pwned\u{07}"])
    func repairAndResumeRefuseReferencesThatAreNotIds(reference: String) throws {
        let folder = TemporaryFolder()
        for command in ["repair", "resume"] {
            let result = try convene([command, reference], environment: ["CONVENE_HOME": folder.path + "/rec"])
            #expect(result.status == 1 || result.status == 2, "\(command) \(reference.prefix(20)): \(result.stderr)")
            #expect(!result.stderr.contains("\u{1B}"))
            #expect(result.stderr.count < 400)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/x"))
    }
}
