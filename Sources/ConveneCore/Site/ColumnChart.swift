/// A column per meeting over time, oldest on the left: stacked parts above zero, or one signed figure (over or under
/// plan) above and below it, with an axis of round steps and a few dates along the bottom.
struct ColumnChart {
    /// One part of a column: its size and the class that colours it.
    struct Part {
        var value: Int
        var kind: String
    }

    var id: String
    var title: String
    var summary: String
    var legend: [(kind: String, words: String)]
    /// Each column's parts from the zero line out; a negative part is drawn below zero.
    var columns: [[Part]]
    var dates: [String]
    /// A hover tip per column, naming the meeting and its figures.
    var tips: [String]
    /// An axis figure in words (`40`, `+10m`).
    var axis: (Int) -> String

    static let width = 400.0, height = 230.0
    static let left = 44.0, right = 10.0, top = 34.0, bottom = 36.0

    func svg() -> String {
        let plotWidth = Self.width - Self.left - Self.right, plotHeight = Self.height - Self.top - Self.bottom
        let high = max(1, columns.map { $0.filter { $0.value > 0 }.reduce(0) { $0 + $1.value } }.max() ?? 1)
        let low = min(0, columns.map { $0.filter { $0.value < 0 }.reduce(0) { $0 + $1.value } }.min() ?? 0)
        let step = SvgChart.step(top: high - low)
        let ceiling = (high + step - 1) / step * step, floor = low < 0 ? -((-low + step - 1) / step * step) : 0
        let scale = plotHeight / Double(ceiling - floor)
        let zero = Self.top + Double(ceiling) * scale
        var out = SvgChart.legend(legend, x: Self.left, y: 16)
        for tick in stride(from: floor, through: ceiling, by: step) {
            let y = zero - Double(tick) * scale
            out += SvgChart.line(Self.left - 4, y, tick == 0 ? Self.width - Self.right : Self.left, y)
            out += SvgChart.text(Self.left - 7, y + 4, axis(tick), anchor: "end", size: 12)
        }
        out += SvgChart.line(Self.left, Self.top, Self.left, Self.top + plotHeight)
        let slot = plotWidth / Double(max(columns.count, 1))
        let barWidth = columns.count <= 80 ? slot * 0.72 : slot
        for (index, parts) in columns.enumerated() {
            let x = Self.left + Double(index) * slot + (slot - barWidth) / 2
            var above = 0, below = 0
            var shapes = ""
            for part in parts where part.value != 0 {
                if part.value > 0 {
                    shapes += SvgChart.rect(x, zero - Double(above + part.value) * scale, barWidth, Double(part.value) * scale, part.kind)
                    above += part.value
                } else {
                    shapes += SvgChart.rect(x, zero + Double(below) * scale, barWidth, Double(-part.value) * scale, part.kind)
                    below -= part.value
                }
            }
            guard !shapes.isEmpty else { continue }
            out += tips.indices.contains(index) ? "<g><title>" + HTMLText.escape(tips[index]) + "</title>" + shapes + "</g>" : shapes
        }
        let marks = SvgChart.spread(min(4, columns.count), over: columns.count)
        for (n, index) in marks.enumerated() where dates.indices.contains(index) {
            let x = Self.left + (Double(index) + 0.5) * slot
            let anchor = marks.count == 1 ? "middle" : n == 0 ? "start" : n == marks.count - 1 ? "end" : "middle"
            let placed = anchor == "start" ? Self.left : anchor == "end" ? Self.width - Self.right : x
            out += SvgChart.line(x, Self.top + plotHeight, x, Self.top + plotHeight + 4)
            out += SvgChart.text(placed, Self.height - 14, dates[index], anchor: anchor, size: 12)
        }
        return SvgChart.frame(id: id, width: Int(Self.width), height: Int(Self.height), title: title, summary: summary, wide: true, out)
    }
}
