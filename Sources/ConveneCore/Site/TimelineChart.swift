/// A meeting's agenda as planned against how long each item ran: two bars per item, with the time over plan drawn
/// in its own colour and said in words beside it.
enum TimelineChart {
    static let width = 360.0
    static let barRoom = 190.0
    static let rowHeight = 58.0

    static func svg(_ timeline: TimelineSection, id: String) -> String {
        let items = timeline.items
        let top = Double(max(1, items.map { max($0.targetSeconds, $0.actualSeconds) }.max() ?? 1))
        let scale = barRoom / top
        var out = SvgChart.legend([("c-planned", "planned"), ("c-actual", "actual"), ("c-over", "over plan")], x: 1, y: 14)
        for (row, item) in items.enumerated() {
            let y = 30 + Double(row) * rowHeight
            out += SvgChart.text(0, y + 13, DisplayWidth.truncate("\(item.number). " + item.title, to: 52), size: 13)
            let planned = Double(item.targetSeconds) * scale
            out += SvgChart.rect(0.75, y + 19, planned, 12, "c-planned")
            out += SvgChart.text(planned + 6, y + 29.5, ClockText.span(item.targetSeconds) + " planned", kind: "c-muted")
            let state = Self.state(item)
            guard item.started, !item.skipped else {
                out += SvgChart.text(0, y + 45, state, kind: "c-muted")
                continue
            }
            let actual = Double(item.actualSeconds) * scale, within = Double(min(item.actualSeconds, item.targetSeconds)) * scale
            out += SvgChart.rect(0, y + 35, within, 12, "c-actual")
            if actual > within { out += SvgChart.rect(within, y + 35, actual - within, 12, "c-over") }
            out += SvgChart.text(actual + 6, y + 45.5, state)
        }
        let height = Int(30 + Double(items.count) * rowHeight)
        let summary = "Planned \(ClockText.span(timeline.items.reduce(0) { $0 + $1.targetSeconds })), ran "
            + ClockText.span(timeline.actualSeconds) + " over \(timeline.itemsRun) of \(items.count) items."
        return SvgChart.frame(id: id, width: Int(width), height: height, title: "Planned and actual time per agenda item", summary: summary, out)
    }

    /// How an item went, in words: `12:30 actual, 2:30 over`, `skipped`, `not run`.
    static func state(_ item: TimelineSection.Item) -> String {
        if item.skipped { return "skipped" }
        guard item.started else { return "not run" }
        let difference = item.actualSeconds - item.targetSeconds
        let words = difference > 0 ? ", " + ClockText.span(difference) + " over" : difference < 0 ? ", " + ClockText.span(-difference) + " under" : ""
        return ClockText.span(item.actualSeconds) + " actual" + words
    }
}
