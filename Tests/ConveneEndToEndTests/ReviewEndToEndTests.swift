import Foundation
import Testing

/// `convene review` in tmux: list, open, tabs, search and export, as a member would use it.
@Suite struct ReviewEndToEndTests {
    @Test func openSwitchTabsSearchAndExport() throws {
        let folder = TemporaryFolder()
        RecordFixtures.hostileMeeting(in: folder.path)
        let tmux = try Tmux(command: conveneCommand(["review"], records: folder.path))
        try tmux.wait(for: "Records · 1 meeting(s)")
        try tmux.send("Enter")
        try tmux.wait(for: "[1 Timeline]")
        try tmux.send("5")
        let notes = try tmux.wait(for: "[5 Notes]")
        #expect(notes.contains(#"Rent "too high", say <b>all</b>\nsecond line 多言語 & more"#))
        try tmux.send("e")
        try tmux.wait(for: "Exported to")
        #expect(FileManager.default.fileExists(atPath: folder.path + "/exports/2026-08-30-visioning.md"))
        try tmux.send("Escape")
        try tmux.type("/childcare")
        try tmux.send("Enter")
        try tmux.wait(for: "Search: 1 note(s)")
        try tmux.send("q")
        try tmux.waitForExit()
        #expect(tmux.exitStatus() == 0)
    }
}
