import Foundation

/// Runs a short python3 program (a real parser for an export) on a file and returns what it prints.
func python(_ program: String, _ arguments: [String]) throws -> RunResult {
    try run("/usr/bin/python3", ["-c", program] + arguments)
}
