import ConveneCore

/// The plain-text summary `convene check` prints: items with planned starts, durations, the total.
enum AgendaSummary {
    static func text(_ agenda: Agenda, file: String) -> String {
        var lines = ["\(file): \(Sanitized.inline(agenda.title))"]
        let when = [agenda.date?.text, agenda.place.map(Sanitized.inline)].compactMap { $0 }
        if !when.isEmpty { lines.append("  " + when.joined(separator: " · ")) }
        if !agenda.roles.isEmpty { lines.append("  roles: " + agenda.roles.map(Sanitized.inline).joined(separator: ", ")) }
        let start = agenda.date?.minuteOfDay
        var minute = start.map { $0 * 60 } ?? 0
        for (index, item) in agenda.items.enumerated() {
            var line = "  " + DisplayWidth.pad(String(index + 1), to: 3)
            if start != nil { line += " " + ClockText.hoursMinutes(minuteOfDay: minute / 60) }
            let duration = DurationText.format(item.seconds)
            line += " " + String(repeating: " ", count: max(0, 7 - duration.count)) + duration + "  " + Sanitized.inline(item.title)
            var extras: [String] = []
            if !item.roles.isEmpty { extras.append("role: " + item.roles.joined(separator: ", ")) }
            if let plan = item.breakout { extras.append("breakout: " + plan.summary(itemSeconds: item.seconds)) }
            if let cue = item.cueSeconds { extras.append("cue every " + DurationText.format(cue)) }
            if !extras.isEmpty { line += "  [" + Sanitized.inline(extras.joined(separator: "; ")) + "]" }
            lines.append(line)
            minute += item.seconds
        }
        var total = "  total \(DurationText.format(agenda.totalSeconds)) in \(agenda.items.count) items"
        if let start { total += ", \(ClockText.hoursMinutes(minuteOfDay: start)) to \(ClockText.hoursMinutes(minuteOfDay: start + agenda.totalSeconds / 60))" }
        if let start, start + agenda.totalSeconds / 60 >= 1440 { total += " (next day)" }
        lines.append(total)
        return lines.joined(separator: "\n")
    }
}
