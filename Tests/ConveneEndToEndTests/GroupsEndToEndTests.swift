import Foundation
import Testing

/// `convene groups` from the command line, judged by the independent checker, and the `g` screen in tmux.
@Suite struct GroupsEndToEndTests {
    @Test func fortyInFivesForEightRoundsPassesTheChecker() throws {
        let result = try convene(["groups", "--people", "40", "--size", "5", "--rounds", "8", "--format", "json"])
        #expect(result.status == 0)
        let checker = Binary.packageRoot + "/../shared/bench/check_schedule.py"
        if FileManager.default.fileExists(atPath: checker) {
            let checked = try run("/usr/bin/env", ["python3", checker], input: result.stdout)
            #expect(checked.stdout.hasPrefix("ok people=40 rounds=8 repeats=0"), "\(checked.stdout)\(checked.stderr)")
        }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["repeats"] as? Int == 0)
        #expect(json["lowerBound"] as? Int == 0)
        #expect((json["rounds"] as? [Any])?.count == 8)
    }

    @Test func unevenRosterInTextAndCSV() throws {
        let text = try convene(["groups", "--roster", Binary.agenda("roster-43.txt"), "--size", "5", "--rounds", "2", "--seed", "3"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("Round 2"))
        #expect(text.stdout.contains("43 people, 2 rounds"))
        let csv = try convene(["groups", "--roster", Binary.agenda("roster-sample.csv"), "--groups", "8", "--rounds", "2", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("round,group,name\n"))
        #expect(csv.stdout.contains("\"Okafor, Amara\""))
        #expect(csv.stdout.split(separator: "\n").count == 1 + 2 * 40)
        let again = try convene(["groups", "--roster", Binary.agenda("roster-43.txt"), "--size", "5", "--rounds", "2", "--seed", "3"])
        #expect(Array(again.stdout.split(separator: "\n").dropLast()) == Array(text.stdout.split(separator: "\n").dropLast()))
    }

    @Test func impossibleRequestsAreClearErrors() throws {
        let one = try convene(["groups", "--people", "5", "--size", "1", "--rounds", "2"])
        #expect(one.status == 1)
        #expect(one.stderr.contains("the size must be at least 2"))
        let many = try convene(["groups", "--people", "3", "--groups", "5", "--rounds", "1"])
        #expect(many.status == 1)
        #expect(!many.stderr.isEmpty)
        #expect(try convene(["groups", "--people", "10", "--size", "5", "--rounds", "0"]).status == 2)
        #expect(try convene(["groups", "--people", "10", "--rounds", "2"]).status == 2)
    }

    @Test func breakoutScreenPlansGroupsForTheSampleRoster() throws {
        let folder = TemporaryFolder()
        let tmux = try Tmux(width: 120, height: 40, command: conveneCommand(
            ["run", Binary.agenda("visioning.md"), "--roster", Binary.agenda("roster-sample.csv")], records: folder.path + "/rec"))
        try tmux.wait(for: "READY")
        try tmux.send("g")
        try tmux.wait(for: "No groups yet for the 40 people here")
        try tmux.send("P")
        let planned = try tmux.wait(for: "lower bound 0 · 40 people")
        #expect(planned.contains("Group 8 · 5"))
        try tmux.send("Right")
        try tmux.wait(for: "Round 2 of 2")
        try tmux.send("q")
        try tmux.waitForExit()
        try tmux.open(session: "again", width: 60, height: 18, command: conveneCommand(["resume"], records: folder.path + "/rec"))
        try tmux.wait(for: "READY", in: "again")
        try tmux.send("g", to: "again")
        try tmux.wait(for: "Round 1 of 2", in: "again")
    }
}
