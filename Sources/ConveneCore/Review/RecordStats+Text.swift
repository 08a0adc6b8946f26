/// Statistics as a table plus a bar chart of attendance over time, readable at a glance in a terminal.
extension RecordStats {
    /// The text for `convene stats`; `chartRows` caps the chart to the most recent meetings.
    public func text(chartRows: Int = 24) -> String {
        guard !meetings.isEmpty else { return "No meetings yet." }
        let total = meetings.count
        let people = meetings.reduce(0) { $0 + $1.newPeople }
        let timed = ranToTime
        var out = ["\(total) meeting(s), \(people) distinct people, \(timed.yes) of \(timed.of) ran to time", ""]
        let header = ["Date", "Meeting", "Att", "New", "Mem", "Non", "Roles", "Notes", "Acts", "F-ups", "Plan", "Actual", "To time"]
        let widths = [10, 28, 4, 4, 4, 4, 5, 6, 5, 6, 8, 8, 7]
        out.append(zip(header, widths).map { DisplayWidth.pad($0, to: $1) }.joined(separator: " "))
        for row in meetings.suffix(chartRows) {
            let cells = [row.date, Sanitized.inline(row.meeting), "\(row.attendance)", "\(row.newPeople)", "\(row.members)",
                         "\(row.nonMembers)", "\(row.roleHolders)", "\(row.notes)", "\(row.actions)", "\(row.followUps)",
                         ClockText.span(row.plannedSeconds), ClockText.span(row.actualSeconds),
                         row.ranToTime.map { $0 ? "yes" : "over" } ?? "—"]
            out.append(zip(cells, widths).map { DisplayWidth.pad($0, to: $1) }.joined(separator: " "))
        }
        out += ["", "Attendance over time (# = attendance, + = new people)"]
        let shown = meetings.suffix(chartRows)
        let top = max(1, shown.map(\.attendance).max() ?? 1)
        for row in shown {
            let bar = row.attendance * 40 / top
            let fresh = min(bar, row.newPeople * 40 / top)
            out.append(row.date + " " + String(repeating: "#", count: bar - fresh) + String(repeating: "+", count: fresh) + " \(row.attendance)")
        }
        return out.joined(separator: "\n")
    }
}
