import ConveneCore
import Foundation

/// Plain-text and CSV forms of a rotation, for reading aloud or pasting into a spreadsheet.
enum RotationText {
    static func plain(_ rotation: Rotation, seconds: Double) -> String {
        var lines: [String] = []
        for (r, round) in rotation.rounds.enumerated() {
            lines.append("Round \(r + 1)")
            for (g, group) in round.enumerated() {
                lines.append("  Group \(g + 1) (\(group.count)): " + group.map(Sanitized.inline).joined(separator: ", "))
            }
        }
        lines.append("")
        lines.append("\(rotation.people.count) people, \(rotation.rounds.count) rounds: \(rotation.repeats) repeated pairings "
            + "(lower bound \(rotation.lowerBound)); no pair meets more than \(rotation.maxMeetings) time\(rotation.maxMeetings == 1 ? "" : "s"); "
            + "seed \(rotation.seed); \(String(format: "%.2f", seconds)) s")
        for warning in rotation.warnings { lines.append("warning: " + Sanitized.inline(warning)) }
        return lines.joined(separator: "\n")
    }

    /// `round,group,name`, one row per person per round, quoted as RFC 4180 asks.
    static func csv(_ rotation: Rotation) -> String {
        var lines = ["round,group,name"]
        for (r, round) in rotation.rounds.enumerated() {
            for (g, group) in round.enumerated() {
                for name in group { lines.append("\(r + 1),\(g + 1),\(quoted(name))") }
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
