/// The archive over time: attendance, new and returning people, who has held roles, and time against plan, each a
/// chart drawn here with the table of its figures beside it.
public enum ChartsPage {
    public static func render(_ figures: ArchiveFigures) -> String {
        var body = "<h1>Charts</h1>\n"
        let meetings = figures.meetings
        guard !meetings.isEmpty else {
            return SitePage.document(title: "Charts", place: .archive(root: "", current: .charts), body: body + "<p>No meetings yet.</p>\n")
        }
        body += "<p>Every meeting, oldest on the left. Each chart's figures are in the table below it.</p>\n"
        body += attendance(meetings) + growth(meetings) + roles(figures) + timing(meetings)
        return SitePage.document(title: "Charts", place: .archive(root: "", current: .charts), body: body)
    }

    static func figure(id: String, heading: String, chart: String, table: String) -> String {
        "<section id=\"\(id)\" aria-labelledby=\"\(id)-h\"><h2 id=\"\(id)-h\">" + heading + "</h2>\n<figure><div class=\"chart\">" + chart
            + "</div></figure>\n<details><summary>The figures as a table</summary>\n" + table + "</details></section>\n"
    }

    static func name(_ meeting: SiteMeeting) -> String { meeting.date + " " + meeting.title }

    static func link(_ meeting: SiteMeeting) -> String {
        "<a href=\"" + meeting.page + "\">" + HTMLText.escape(meeting.title) + "</a>"
    }

    static func attendance(_ meetings: [ArchiveFigures.Meeting]) -> String {
        let counts = meetings.map(\.meeting.attended)
        let summary = "Attendance at \(meetings.count) meetings from \(meetings[0].meeting.date) to \(meetings[meetings.count - 1].meeting.date): "
            + "lowest \(counts.min() ?? 0), highest \(counts.max() ?? 0), most recent \(counts.last ?? 0)."
        let chart = ColumnChart(id: "attendance-chart", title: "Attendance per meeting", summary: summary, legend: [("c-actual", "people attending")],
                                columns: counts.map { [.init(value: $0, kind: "c-actual")] }, dates: meetings.map(\.meeting.date),
                                tips: meetings.map { name($0.meeting) + ": \($0.meeting.attended) attending" }, axis: { "\($0)" })
        let rows = meetings.map { [$0.meeting.date, link($0.meeting), "\($0.meeting.attended)"] }
        return figure(id: "attendance", heading: "Attendance over time", chart: chart.svg(),
                      table: SiteTable.render("Attendance per meeting", columns: ["Date", "Meeting", "Attending"], rows: rows, rowHeader: 1,
                                              numeric: [2], unbroken: [0]))
    }

    static func growth(_ meetings: [ArchiveFigures.Meeting]) -> String {
        let fresh = meetings.reduce(0) { $0 + $1.fresh }
        let summary = "\(fresh) people came for the first time across \(meetings.count) meetings; "
            + "each column shows returning people below and new people above."
        let chart = ColumnChart(id: "growth-chart", title: "New and returning people per meeting", summary: summary,
                                legend: [("c-back", "returning"), ("c-new", "new")],
                                columns: meetings.map { [.init(value: $0.returning, kind: "c-back"), .init(value: $0.fresh, kind: "c-new")] },
                                dates: meetings.map(\.meeting.date),
                                tips: meetings.map { name($0.meeting) + ": \($0.fresh) new, \($0.returning) returning" }, axis: { "\($0)" })
        let rows = meetings.map { [$0.meeting.date, link($0.meeting), "\($0.fresh)", "\($0.returning)"] }
        return figure(id: "growth", heading: "New and returning people", chart: chart.svg(),
                      table: SiteTable.render("New and returning people per meeting",
                                               columns: ["Date", "Meeting", "New", "Returning"], rows: rows, rowHeader: 1, numeric: [2, 3], unbroken: [0]))
    }

    /// How many roles each person has held; the chart shows the most frequent holders, the table everyone.
    static func roles(_ figures: ArchiveFigures) -> String {
        let holders = figures.roleHolders
        guard !holders.isEmpty else {
            return "<section id=\"roles\"><h2>Who has held roles</h2>\n<p>No roles have been recorded yet.</p></section>\n"
        }
        let total = holders.reduce(0) { $0 + $1.rolesHeld }
        let top = holders.prefix(5).reduce(0) { $0 + $1.rolesHeld }
        let shown = Array(holders.prefix(30))
        let summary = "\(holders.count) people have held \(total) roles; "
            + "the \(min(5, holders.count)) most frequent holders held \(top * 100 / max(total, 1))% of them."
            + (holders.count > shown.count ? " The chart shows the \(shown.count) most frequent; the table lists everyone." : "")
        let chart = BarRowsChart(id: "roles-chart", title: "Roles held per person", summary: summary,
                                 rows: shown.map { ($0.name, $0.rolesHeld) }, kind: "c-actual")
        let rows = holders.map { [HTMLText.escape($0.name), "\($0.rolesHeld)", HTMLText.escape($0.roleWords)] }
        return figure(id: "roles", heading: "Who has held roles", chart: "<p>" + HTMLText.escape(summary) + "</p>" + chart.svg(),
                      table: SiteTable.render("Roles held per person", columns: ["Person", "Roles held", "Which roles"],
                                               rows: rows, numeric: [1]))
    }

    /// Minutes over (above the line) or under (below) the plan, for meetings where any item ran.
    static func timing(_ meetings: [ArchiveFigures.Meeting]) -> String {
        let ran = meetings.filter { $0.meeting.overPlan != nil }
        guard !ran.isEmpty else {
            return "<section id=\"timing\"><h2>Time against plan</h2>\n<p>No meeting has run an item yet.</p></section>\n"
        }
        let over = ran.filter { ($0.meeting.overPlan ?? 0) > 60 }.count
        let summary = "\(over) of \(ran.count) meetings ran more than a minute over plan; columns above the line are minutes over, below it minutes under."
        let chart = ColumnChart(id: "timing-chart", title: "Minutes over or under plan per meeting", summary: summary,
                                legend: [("c-over", "over plan"), ("c-under", "under plan")],
                                columns: ran.map { entry in
                                    let minutes = Int((Double(entry.meeting.overPlan ?? 0) / 60).rounded())
                                    return [.init(value: minutes, kind: minutes > 0 ? "c-over" : "c-under")]
                                },
                                dates: ran.map(\.meeting.date), tips: ran.map { name($0.meeting) + ": " + difference($0.meeting.overPlan ?? 0) },
                                axis: { $0 == 0 ? "0" : ($0 > 0 ? "+" : "−") + "\(abs($0))m" })
        let rows = ran.map { entry in
            [entry.meeting.date, link(entry.meeting), ClockText.span(entry.meeting.plannedSeconds), ClockText.span(entry.meeting.actualSeconds),
             difference(entry.meeting.overPlan ?? 0)]
        }
        return figure(id: "timing", heading: "Time against plan", chart: chart.svg(),
                      table: SiteTable.render("Time against plan per meeting",
                                               columns: ["Date", "Meeting", "Planned", "Actual", "Over or under"],
                                               rows: rows, rowHeader: 1, numeric: [2, 3, 4], unbroken: [0]))
    }

    /// `12:30 over`, `5:00 under`, `on plan`.
    static func difference(_ seconds: Int) -> String {
        seconds > 0 ? ClockText.span(seconds) + " over" : seconds < 0 ? ClockText.span(-seconds) + " under" : "on plan"
    }
}
