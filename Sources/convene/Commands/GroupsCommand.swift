import ConveneCore
import Foundation
import Glibc

/// `convene groups`: plans breakout rounds in which people keep meeting people they have not met.
enum GroupsCommand: Command {
    static let name = "groups"
    static let usage = "convene groups (--roster FILE | --people N) (--size N | --groups N) --rounds R [--seed N] [--time-limit SECONDS] [--format text|csv|json]"
    static let summary = "Plan breakout groups for several rounds with as few repeated pairings as possible."
    static let details = """
        Group sizes differ by at most one and no group has a single person. Roster tags are honoured:
        not-with pairs are never grouped, facilitators are spread one per group when there are enough,
        new people and members are spread evenly. The search stops early at the lower bound, and gives
        its best so far at the time limit (default 10 s); given a second or more and two cores, two
        searches run side by side. The same seed gives the same groups unless the time limit cuts the
        search short.
        --people N plans for anonymous people P1..PN.
        """
    static let valuedOptions: Set<String> = ["--roster", "--people", "--size", "--groups", "--rounds", "--seed", "--time-limit", "--format"]

    static func run(_ arguments: Arguments, _ context: Context) throws(CLIError) -> Int32 {
        guard arguments.positional.isEmpty else { throw .usage("unexpected '\(arguments.positional[0])'", command: name) }
        let people = try people(arguments)
        let sizing = try sizing(arguments)
        guard let rounds = try arguments.integer("--rounds", in: 1...100, command: name) else {
            throw .usage("--rounds is required", command: name)
        }
        let seed = try arguments.integer("--seed", in: 0...Int.max, command: name) ?? 1
        let limit = try timeLimit(arguments)
        let format = arguments.values["--format"] ?? "text"
        guard ["text", "csv", "json"].contains(format) else { throw .usage("--format is text, csv or json, not '\(format)'", command: name) }
        let start = Stopwatch.seconds()
        let rotation: Rotation
        do {
            let searchers = limit >= 1 ? min(2, ProcessInfo.processInfo.activeProcessorCount) : 1
            rotation = try RotationPlanner.plan(RotationRequest(people: people, sizing: sizing, rounds: rounds, seed: UInt64(seed),
                                                                searchers: searchers),
                                                shouldStop: { Stopwatch.seconds() - start >= limit })
        } catch {
            throw .input("convene groups: \(String(describing: error))")
        }
        let seconds = Stopwatch.seconds() - start
        switch format {
        case "json": Output.out(RotationJSON.encode(rotation, seconds: seconds))
        case "csv": Output.out(RotationText.csv(rotation))
        default: Output.out(RotationText.plain(rotation, seconds: seconds))
        }
        for warning in rotation.warnings where format != "text" { Output.err("warning: \(Sanitized.inline(warning))") }
        return 0
    }

    private static func people(_ arguments: Arguments) throws(CLIError) -> [Person] {
        switch (arguments.values["--roster"], try arguments.integer("--people", in: 1...10_000, command: name)) {
        case (let file?, nil): return try RosterFile.load(file).people
        case (nil, let count?): return (1...count).map { Person(name: "P\($0)") }
        default: throw .usage("give exactly one of --roster FILE or --people N", command: name)
        }
    }

    private static func sizing(_ arguments: Arguments) throws(CLIError) -> BreakoutPlan.Sizing {
        switch (try arguments.integer("--size", in: 1...10_000, command: name), try arguments.integer("--groups", in: 1...10_000, command: name)) {
        case (let size?, nil): return .groupsOf(size)
        case (nil, let groups?): return .groupCount(groups)
        default: throw .usage("give exactly one of --size N or --groups N", command: name)
        }
    }

    private static func timeLimit(_ arguments: Arguments) throws(CLIError) -> Double {
        guard let text = arguments.values["--time-limit"] else { return 10 }
        guard let seconds = Double(text), seconds >= 0, seconds <= 86_400 else {
            throw .usage("--time-limit takes seconds (0 to 86400), not '\(text)'", command: name)
        }
        return seconds
    }
}

/// A monotonic clock for time limits: wall-clock jumps must not end or extend a search.
enum Stopwatch {
    static func seconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
