/// A labelled horizontal bar per row, largest first, with its figure written after the bar.
struct BarRowsChart {
    var id: String
    var title: String
    var summary: String
    var rows: [(label: String, value: Int)]
    var kind: String

    static let width = 400.0, labelRoom = 150.0, barRoom = 200.0, rowHeight = 22.0

    func svg() -> String {
        let top = Double(max(1, rows.map(\.value).max() ?? 1))
        var out = ""
        for (index, row) in rows.enumerated() {
            let y = Double(index) * Self.rowHeight
            out += SvgChart.text(Self.labelRoom - 8, y + 15, DisplayWidth.truncate(row.label, to: 22), anchor: "end")
            let length = Double(row.value) / top * Self.barRoom
            out += SvgChart.rect(Self.labelRoom, y + 4, length, 14, kind)
            out += SvgChart.text(Self.labelRoom + length + 5, y + 15, "\(row.value)")
        }
        out += SvgChart.line(Self.labelRoom, 0, Self.labelRoom, Double(rows.count) * Self.rowHeight)
        return SvgChart.frame(id: id, width: Int(Self.width), height: Int(Double(max(rows.count, 1)) * Self.rowHeight + 4),
                              title: title, summary: summary, out)
    }
}
