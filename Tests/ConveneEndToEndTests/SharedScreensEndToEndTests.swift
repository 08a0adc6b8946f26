import ConveneCore
import Foundation
import Testing

/// Two facilitator screens on one live meeting show the same state: what one changes reaches the other's whole
/// screen, not only its ticking countdown.
@Suite struct SharedScreensEndToEndTests {
    private let agenda = "# Shared test\n\n## First item (30m)\n\n## Second item (20m)\nrole: framer\n\n## Third item (10m)\n"

    @Test func nextPauseAndARoleFromElsewhereRedrawTheOthersListPanelAndFooter() throws {
        let folder = TemporaryFolder()
        let records = folder.path + "/rec"
        let path = Fixtures.write(agenda, named: "shared.md", in: folder)
        let tmux = try Tmux(width: 120, height: 30, command: conveneCommand(["run", path], records: records))
        try tmux.wait(for: "READY")
        try tmux.send("Space")
        try tmux.wait(for: "RUNNING")
        try tmux.open(session: "second", width: 120, height: 30, command: conveneCommand(["resume"], records: records))
        try tmux.wait(for: "RUNNING", in: "second")
        // Let the second screen settle into ticking frames before the first changes anything.
        let settled = try tmux.wait(for: "left of 30:00", in: "second")
        try tmux.wait(for: "a later second", in: "second", timeout: 5) { $0 != settled && $0.contains("left of 30:00") }

        try tmux.send("n")
        let moved = try tmux.wait(for: "the second item current", in: "second") { $0.contains("NOW 2/3") }
        let rows = moved.split(separator: "\n").map(String.init)
        #expect(rows.contains { $0.hasPrefix("✓  1") && $0.contains("First item") }, "\(moved)")
        #expect(rows.contains { $0.hasPrefix("▶  2") && $0.contains("Second item") }, "\(moved)")
        #expect(rows.contains { $0.hasPrefix(" Next: 3 Third item") }, "\(moved)")

        try tmux.send("Space")
        let paused = try tmux.wait(for: "PAUSED", in: "second")
        #expect(paused.contains("❚❚ PAUSED"))

        // A role given from elsewhere changes nothing the clock shows, only the panel's roles line.
        try tmux.send("Space")
        try tmux.wait(for: "RUNNING", in: "second")
        let log = try #require(logPath(records))
        try EventLogFile(path: log).append([Event(at: Date(), by: "test", RoleAssigned(slot: RoleSlot(.item(1), role: "framer"), person: "Maya Ortiz"))])
        try tmux.wait(for: "Roles: framer: Maya Ortiz", in: "second")
    }

    private func logPath(_ records: String) -> String? {
        let folder = records + "/meetings"
        return (try? FileManager.default.contentsOfDirectory(atPath: folder))?.first { $0.hasSuffix(".jsonl") }.map { folder + "/" + $0 }
    }
}
