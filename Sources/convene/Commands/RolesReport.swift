import ConveneCore
import Foundation

/// The plain-text and JSON output of `convene roles`, with names sanitised and columns aligned by display width.
enum RolesReport {
    static func suggestions(slots: [RoleSlot], holders: [RoleSlot: String]) -> String {
        guard !slots.isEmpty else { return "This agenda names no roles (add roles:, role: or group roles: lines)." }
        let width = slots.map { DisplayWidth.of(Sanitized.inline($0.label)) }.max() ?? 0
        return slots.map { slot in
            DisplayWidth.pad(Sanitized.inline(slot.label), to: width) + "  " + (holders[slot].map(Sanitized.inline) ?? "(nobody)")
        }.joined(separator: "\n")
    }

    static func history(_ history: RoleHistory, json: Bool) -> String {
        let counts = history.countsByPerson.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        if json { return historyJSON(history, counts: counts) }
        guard !history.entries.isEmpty else { return "No roles recorded yet." }
        var lines: [String] = []
        var meeting: String?
        for entry in history.entries {
            if entry.meeting != meeting {
                lines.append(Sanitized.inline(entry.meeting))
                meeting = entry.meeting
            }
            lines.append("  " + Sanitized.inline(entry.role) + ": " + Sanitized.inline(entry.person))
        }
        lines += ["", "Roles held per person:"]
        let width = counts.map { DisplayWidth.of(Sanitized.inline($0.key)) }.max() ?? 0
        lines += counts.map { "  " + DisplayWidth.pad(Sanitized.inline($0.key), to: width) + "  \($0.value)" }
        return lines.joined(separator: "\n")
    }

    private struct JSONHistory: Encodable {
        struct Held: Encodable { var meeting, role, person: String }
        struct Count: Encodable { var person: String; var roles: Int }
        var held: [Held]
        var counts: [Count]
    }

    private static func historyJSON(_ history: RoleHistory, counts: [(key: String, value: Int)]) -> String {
        let report = JSONHistory(held: history.entries.map { .init(meeting: $0.meeting, role: $0.role, person: $0.person) },
                                 counts: counts.map { .init(person: $0.key, roles: $0.value) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return (try? encoder.encode(report)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
