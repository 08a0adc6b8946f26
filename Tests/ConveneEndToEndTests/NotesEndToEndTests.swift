import ConveneCore
import Foundation
import Glibc
import Testing

/// Note-takers and the facilitator on one meeting, each in their own terminal, as in a real breakout.
@Suite struct NotesEndToEndTests {
    /// Starts a meeting in the facilitator's session and returns its records folder and id.
    private func meeting(_ tmux: inout Tmux?, folder: TemporaryFolder) throws -> (records: String, id: String) {
        let records = folder.path + "/rec"
        let agenda = Fixtures.write(Fixtures.shortMeeting, named: "short.md", in: folder)
        let started = try Tmux(width: 100, height: 30, command: conveneCommand(["run", agenda], records: records))
        tmux = started
        try started.wait(for: "READY")
        let id = try #require(RecordsFolder(root: records).meetingIDs().first)
        return (records, id)
    }

    private func notes(_ records: String, _ id: String) throws -> [NoteAdded] {
        try RecordsFolder(root: records).log(id).read().events.compactMap { $0.payload as? NoteAdded }
    }

    @Test func notesTypedInEachTerminalAppearInTheOthersWithinASecond() throws {
        let folder = TemporaryFolder()
        var started: Tmux?
        let (records, id) = try meeting(&started, folder: folder)
        let tmux = try #require(started)
        try tmux.open(session: "ana", command: conveneCommand(["join", id, "--as", "Ana", "--group", "1"], records: records))
        try tmux.open(session: "bo", command: conveneCommand(["join", id, "--as", "Bo"], records: records))
        try tmux.wait(for: "Which group", in: "bo")
        try tmux.type("2", to: "bo")
        try tmux.send("Enter", to: "bo")
        try tmux.wait(for: "Group 2", in: "bo")
        try tmux.wait(for: "Group 1", in: "ana")
        try tmux.send("w")
        try tmux.wait(for: "Report back")

        try tmux.type("水道は公共のもの for all", to: "ana")
        try tmux.send("Enter", to: "ana")
        try tmux.wait(for: "✓ saved", in: "ana")
        try tmux.wait(for: "G1 note: 水道は公共のもの for all", in: "bo", timeout: 1)
        try tmux.wait(for: "水道は公共のもの for all", timeout: 1)

        try tmux.send("Tab", to: "bo")
        try tmux.type("clinics in every 町", to: "bo")
        try tmux.send("Enter", to: "bo")
        try tmux.wait(for: "✓ saved", in: "bo")
        try tmux.wait(for: "G2 idea: clinics in every 町", in: "ana", timeout: 1)
        try tmux.wait(for: "idea: clinics in every 町", timeout: 1)

        try tmux.send("t")
        try tmux.wait(for: "Take a note")
        try tmux.type("report back at 3", to: "main")
        try tmux.send("Enter")
        try tmux.wait(for: "room note: report back at 3", in: "ana", timeout: 2)
        try tmux.wait(for: "room note: report back at 3", in: "bo", timeout: 1)

        let saved = try notes(records, id)
        #expect(saved.map(\.text) == ["水道は公共のもの for all", "clinics in every 町", "report back at 3"])
        #expect(saved.map(\.group) == [1, 2, nil])
        #expect(Set(saved.map(\.id)).count == 3)
    }

    @Test func escapeSequencesInANoteLeaveOtherScreensIntactAndShowEscaped() throws {
        let folder = TemporaryFolder()
        var started: Tmux?
        let (records, id) = try meeting(&started, folder: folder)
        let tmux = try #require(started)
        try tmux.open(session: "ana", command: conveneCommand(["join", id, "--as", "Ana", "--group", "1"], records: records))
        try tmux.wait(for: "Group 1", in: "ana")
        try tmux.send("w")
        try tmux.wait(for: "Report back")
        let hostile = "x\u{1B}[2J\u{1B}[H\u{1B}[31mRED\u{1B}]0;pwned\u{07}y"
        let result = try convene(["note", id, hostile, "--group", "2", "--by", "Mallory\u{1B}[5m"], environment: ["CONVENE_HOME": records])
        #expect(result.status == 0)
        let shown = "x\\e[2J\\e[H\\e[31mRED\\e]0;pwned\\x07y"
        let ana = try tmux.wait(for: shown, in: "ana", timeout: 1)
        #expect(ana.contains("Notes · Short test meeting"))
        #expect(ana.contains("Mallory\\e[5m"))
        let facilitator = try tmux.wait(for: shown, timeout: 1)
        #expect(facilitator.contains("Report back"))
        try tmux.type("still here", to: "ana")
        try tmux.wait(for: "note › still here", in: "ana")
        #expect(!tmux.styledScreen("ana").contains("\u{1B}[31mRED"))
        #expect(try notes(records, id).first?.text == hostile)
    }

    @Test func killedJoinLosesNoAcknowledgedNote() throws {
        let folder = TemporaryFolder()
        var started: Tmux?
        let (records, id) = try meeting(&started, folder: folder)
        let tmux = try #require(started)
        try tmux.open(session: "ana", command: conveneCommand(["join", id, "--as", "Ana", "--group", "1"], records: records))
        try tmux.wait(for: "Group 1", in: "ana")
        for n in 1...15 {
            try tmux.type("note \(n) 水", to: "ana")
            try tmux.send("Enter", to: "ana")
        }
        try tmux.wait(for: "note: note 15 水 — Ana", in: "ana")
        for n in 16...30 {
            try tmux.type("note \(n) 水", to: "ana")
            try tmux.send("Enter", to: "ana")
        }
        kill(try tmux.programPID("ana"), SIGKILL)
        try tmux.waitForExit("ana")
        let saved = try notes(records, id).map(\.text)
        #expect(Array(saved.prefix(15)) == (1...15).map { "note \($0) 水" })
        #expect(try RecordsFolder(root: records).log(id).read().damaged.isEmpty)
        #expect(Set(saved).count == saved.count)
    }

    /// 8 writers at once; 125 notes each keeps the suite quick on a shared machine (8 x 500 was run by hand).
    @Test func eightScriptsAppendingAtOnceYieldEveryNoteIntact() throws {
        let folder = TemporaryFolder()
        let records = folder.path + "/rec"
        let agenda = Fixtures.write(Fixtures.shortMeeting, named: "short.md", in: folder)
        let id = try RecordsFolder(root: records).create(
            opened: MeetingOpened(id: "", agendaFile: agenda, agenda: try AgendaParser.parse(lines: Fixtures.shortMeeting.components(separatedBy: "\n"), file: agenda),
                                  roster: .empty),
            day: AgendaDate(year: 2026, month: 8, day: 30), at: Date(), by: "test")
        let script = (1...125).map { n in
            "\(shellQuote(Binary.path)) note \(id) \"writer $1 note \(n) 水道 ✓\" --group $1 --by w$1 || echo FAIL"
        }.joined(separator: "\n")
        let path = Fixtures.write(script, named: "writer.sh", in: folder)
        let results = try (1...8).map { writer in try Spawned(["/bin/sh", path, String(writer)], environment: ["CONVENE_HOME": records]) }
            .map { try $0.wait() }
        #expect(results.allSatisfy { $0.status == 0 && !$0.stdout.contains("FAIL") })
        let contents = try RecordsFolder(root: records).log(id).read()
        #expect(contents.damaged.isEmpty)
        #expect(contents.tornTail == nil)
        let notes = contents.events.compactMap { $0.payload as? NoteAdded }
        #expect(notes.count == 1000)
        #expect(Set(notes.map(\.id)).count == 1000)
        for writer in 1...8 {
            let texts = notes.filter { $0.group == writer }.map(\.text)
            #expect(texts == (1...125).map { "writer \(writer) note \($0) 水道 ✓" })
        }
    }
}
