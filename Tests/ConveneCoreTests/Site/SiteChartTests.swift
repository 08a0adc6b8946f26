import Testing
@testable import ConveneCore

/// The chart pieces: axis steps, date marks, coordinates, and columns above and below zero.
@Suite struct SiteChartTests {
    @Test func axisStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        #expect(SvgChart.step(top: 40) == 10)
        #expect(SvgChart.step(top: 7) == 2)
        #expect(SvgChart.step(top: 0) == 1)
        #expect(SvgChart.step(top: 1234) == 500)
    }

    @Test func dateMarksIncludeFirstAndLast() {
        #expect(SvgChart.spread(4, over: 30) == [0, 9, 19, 29])
        #expect(SvgChart.spread(4, over: 2) == [0, 1])
        #expect(SvgChart.spread(4, over: 0) == [])
    }

    @Test func coordinatesHaveOneDecimalAtMost() {
        #expect(SvgChart.n(12.34) == "12.3" && SvgChart.n(3) == "3" && SvgChart.n(-0.04) == "0" && SvgChart.n(-1.26) == "-1.3")
    }

    @Test func negativeColumnsHangFromTheZeroLine() {
        let chart = ColumnChart(id: "c", title: "t", summary: "s", legend: [], columns: [[.init(value: 10, kind: "c-over")], [.init(value: -5, kind: "c-under")]],
                                dates: ["2026-01-01", "2026-01-02"], tips: ["a", "b"], axis: { "\($0)" })
        let svg = chart.svg()
        let plot = ColumnChart.height - ColumnChart.top - ColumnChart.bottom
        let scale = plot / 15, zero = ColumnChart.top + 10 * scale
        #expect(svg.contains("class=\"c-over\" x=\"") && svg.contains("y=\"\(SvgChart.n(ColumnChart.top))\" width="))
        #expect(svg.contains("<rect class=\"c-under\" x=\"") && svg.contains("y=\"\(SvgChart.n(zero))\" width=\"\(SvgChart.n((ColumnChart.width - ColumnChart.left - ColumnChart.right) / 2 * 0.72))\" height=\"\(SvgChart.n(5 * scale))\""))
        #expect(svg.contains("<title>b</title>") && svg.contains(">2026-01-02</text>"))
    }

    @Test func legendSaysWhatEachColourMeans() {
        let legend = SvgChart.legend([("c-new", "new"), ("c-back", "returning")], x: 0, y: 10)
        #expect(legend.contains("class=\"c-new\"") && legend.contains(">new</text>") && legend.contains(">returning</text>"))
    }
}
