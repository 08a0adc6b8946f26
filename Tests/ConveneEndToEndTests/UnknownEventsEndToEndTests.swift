import ConveneCore
import Foundation
import Testing

/// Events from a newer convene are counted where a member reads the record and never trip the facilitator screen;
/// their lines stay in the log byte for byte.
@Suite struct UnknownEventsEndToEndTests {
    let folder = TemporaryFolder()

    static let newer = [
        #"{"at":"2026-08-30T14:05:30.000Z","by":"fac","type":"poll.opened","poll":{"question":"Which date?","options":["Sat","Sun"]}}"#,
        #"{"at":"2026-08-30T14:06:30.000Z","by":"fac","type":"poll.opened","poll":{"question":"Which hall?","options":[]}}"#,
        #"{"at":"2026-08-30T14:07:30.000Z","by":"fac","type":"reaction.added","emoji":"👍🏽","n":1.5e3}"#,
    ]

    /// The hostile meeting with the newer events among its notes; returns the log's path and bytes.
    func meetingWithNewerEvents(ended: Bool) throws -> (path: String, bytes: [UInt8]) {
        let path = RecordFixtures.hostileMeeting(in: folder.path, ended: ended)
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        lines.insert(contentsOf: Self.newer, at: 3)
        let bytes = Array(lines.map { $0 + "\n" }.joined().utf8)
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return (path, bytes)
    }

    @Test func showCountsThemByKind() throws {
        _ = try meetingWithNewerEvents(ended: true)
        let show = try convene(["show", "latest", "--records", folder.path])
        #expect(show.status == 0)
        #expect(show.stdout.contains("\n! 3 events from a newer convene (kinds: poll.opened, reaction.added) kept unchanged\n"), "\(show.stdout)")
        #expect(show.stdout.contains("Book the hall"))
        #expect(show.stdout.contains("2026-08-30-visioning · 2026-08-30 · ended"))
    }

    @Test func facilitatorRunsTheMeetingAndKeepsThemByteForByte() throws {
        let log = try meetingWithNewerEvents(ended: false)
        let tmux = try Tmux(width: 200, height: 30, command: conveneCommand(["resume"], records: folder.path))
        try tmux.wait(for: "NOW 2/2")
        try tmux.send("+")
        try tmux.wait(for: "(planned 21:00)")
        try tmux.send("Space")
        try tmux.send("p")
        try tmux.wait(for: "OVER TIME (planned 21:00) · PAUSED")
        try tmux.send("q")
        try tmux.waitForExit()
        #expect(tmux.exitStatus() == 0)
        let after = try FileBytes.read(log.path)
        #expect(Array(after.prefix(log.bytes.count)) == log.bytes)
        let events = try EventLogFile(path: log.path).read().events
        #expect(events.compactMap { ($0.payload as? UnknownEvent)?.line } == Self.newer)
        #expect(events.suffix(2).map { type(of: $0.payload).type } == ["item.extended", "timer.paused"])
    }
}
