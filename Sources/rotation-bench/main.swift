import ConveneCore
import Foundation
import Glibc

// Runs the rotation planner on numbered people with a wall-clock limit and prints the rotation as JSON,
// for scripts/bench-rotation.sh. Usage:
//   rotation-bench (--people N --size S | --people N --groups G | --groups G --size S) --rounds R [--seed N] [--time-limit SEC]

func monotonicSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("rotation-bench: \(message)\n".utf8))
    exit(2)
}

func parse(_ arguments: [String]) -> [String: Int] {
    var options: [String: Int] = [:]
    var rest = arguments[...]
    while let flag = rest.popFirst() {
        guard flag.hasPrefix("--"), let text = rest.popFirst() else { fail("expected --flag value pairs, got \(flag)") }
        let key = String(flag.dropFirst(2))
        if key == "time-limit" {
            guard let seconds = Double(text), seconds >= 0 else { fail("--time-limit needs seconds, got \(text)") }
            options[key] = Int((seconds * 1000).rounded())
        } else {
            guard let value = Int(text) else { fail("--\(key) needs a whole number, got \(text)") }
            options[key] = value
        }
    }
    return options
}

func run() {
    let options = parse(Array(CommandLine.arguments.dropFirst()))
    guard let rounds = options["rounds"] else { fail("--rounds is required") }
    let sizing: BreakoutPlan.Sizing
    let people: Int
    switch (options["people"], options["size"], options["groups"]) {
    case let (n?, s?, nil): people = n; sizing = .groupsOf(s)
    case let (n?, nil, g?): people = n; sizing = .groupCount(g)
    case let (nil, s?, g?): people = s * g; sizing = .groupCount(g)
    default: fail("give two of --people, --size, --groups")
    }
    let limit = Double(options["time-limit"] ?? 60_000) / 1000
    let names = people > 0 ? (1...people).map { "P\($0)" } : []
    var request = RotationRequest(names: names, sizing: sizing, rounds: rounds, seed: UInt64(max(0, options["seed"] ?? 1)))
    request.maxMoves = Int.max
    let started = monotonicSeconds()
    do {
        let rotation = try RotationPlanner.plan(request) { monotonicSeconds() - started >= limit }
        print(RotationJSON.encode(rotation, seconds: monotonicSeconds() - started))
    } catch {
        fail("\(error)")
    }
}

run()
