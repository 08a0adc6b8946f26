extension MeetingPage {
    /// The agenda planned against actual, as a bar chart and as the table it is drawn from.
    static func timeline(_ record: MeetingRecord) -> String {
        var out = "<h2 id=\"timeline\">Agenda: planned and actual</h2>\n"
        guard !record.timeline.items.isEmpty else { return out + "<p>The agenda has no items.</p>\n" }
        out += "<figure><div class=\"chart\">" + TimelineChart.svg(record.timeline, id: "timeline-chart") + "</div></figure>\n"
        let rows = record.timeline.items.map { item -> [String] in
            let planned = ClockText.span(item.targetSeconds)
                + (item.targetSeconds != item.plannedSeconds ? " (" + ClockText.span(item.plannedSeconds) + " before changes)" : "")
            return ["\(item.number)", e(item.title), planned, TimelineChart.state(item)]
        }
        let planned = record.timeline.items.reduce(0) { $0 + $1.targetSeconds }
        let total = ["", "Total", ClockText.span(planned), ClockText.span(record.timeline.actualSeconds) + " actual"]
        return out + SiteTable.render("Agenda items, planned and actual time", columns: ["#", "Item", "Planned", "Actual"],
                           rows: rows + [total], rowHeader: 1, numeric: [0])
    }
}
