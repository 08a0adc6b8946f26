import Foundation
import Testing

/// Attendance (found by a typed name, too) and roles changed on the real screen survive quitting and resuming,
/// and feed `convene roles`.
@Suite struct PeopleEndToEndTests {
    static let agenda = """
        # People test
        roles: facilitator, note-taker

        ## Opening round (5m)
        role: opener
        """
    static let roster = "name,tags,pronouns,email\nAma Owusu,facilitator,she/her,ama@example.org\n王小明,member,he/him,\nZoë Dubois,new,,\n"

    @Test func attendanceAndRolesSurviveQuitAndResume() throws {
        let folder = TemporaryFolder()
        let records = folder.path + "/rec"
        let agenda = Fixtures.write(Self.agenda, named: "people.md", in: folder)
        let roster = Fixtures.write(Self.roster, named: "people.csv", in: folder)
        let tmux = try Tmux(command: conveneCommand(["run", agenda, "--roster", roster], records: records))
        try tmux.wait(for: "READY")
        try tmux.send("a")
        try tmux.wait(for: "0 present of 3")
        try tmux.send("Space")
        try tmux.wait(for: "1 present of 3")
        try tmux.send("/")
        try tmux.wait(for: "Find (Enter marks present")
        try tmux.type("王")
        try tmux.send("Enter")
        try tmux.wait(for: "2 present of 3")
        try tmux.send("w")
        try tmux.wait(for: "Walk-in name")
        try tmux.type("Kofi / new")
        try tmux.send("Enter")
        try tmux.wait(for: "3 present of 4")
        try tmux.send("r")
        try tmux.wait(for: "Roles · 0 of 3 filled")
        try tmux.send("S")
        try tmux.wait(for: "Roles · 3 of 3 filled")
        try tmux.send("c")
        let roles = try tmux.wait(for: "Roles · 2 of 3 filled")
        #expect(!roles.contains("she/her") && !roles.contains("@example.org"))
        try tmux.send("q")
        try tmux.waitForExit()

        try tmux.open(session: "again", command: conveneCommand(["resume"], records: records))
        try tmux.wait(for: "READY", in: "again")
        try tmux.send("a", to: "again")
        let attendance = try tmux.wait(for: "3 present of 4", in: "again")
        #expect(attendance.contains("Kofi") && attendance.contains("walk-in new"), "\(attendance)")
        try tmux.send("r", to: "again")
        let again = try tmux.wait(for: "Roles · 2 of 3 filled", in: "again")
        #expect(again.contains("facilitator") && again.contains("— empty"))
        try tmux.send("q", to: "again")
        try tmux.waitForExit("again")

        let history = try convene(["roles", "history", "--records", records])
        #expect(history.status == 0)
        #expect(history.stdout.contains("note-taker: ") && history.stdout.contains("Roles held per person:"))
        let json = try convene(["roles", "history", "--json", "--records", records])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["held"] as? [Any])?.count == 2)
        let dry = try convene(["roles", agenda, "--roster", roster, "--records", records])
        #expect(dry.status == 0)
        #expect(dry.stdout.contains("opener (item 1)  "))
        #expect(!dry.stdout.contains("(nobody)"))
    }

    @Test func rolesDryRunRefusesABadRosterWithItsLine() throws {
        let folder = TemporaryFolder()
        let agenda = Fixtures.write(Self.agenda, named: "people.md", in: folder)
        let roster = Fixtures.write("name,not-with\nAma,Nobody\n", named: "bad.csv", in: folder)
        let result = try convene(["roles", agenda, "--roster", roster, "--records", folder.path + "/rec"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.csv:2: not-with names \"Nobody\""))
        #expect(try convene(["roles", agenda, "--records", folder.path + "/rec"]).status == 2)
    }
}
