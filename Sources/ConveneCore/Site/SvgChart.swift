/// The drawing pieces the charts share: an accessible `<svg>` frame, coordinates, axis steps and legends.
enum SvgChart {
    /// An `<svg>` that assistive technology reads as one image named by `title` and described by `summary`; the
    /// figures themselves are in the table that goes with every chart.
    static func frame(id: String, width: Int, height: Int, title: String, summary: String, wide: Bool = false, _ content: String) -> String {
        "<svg role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\""
            + (wide ? " class=\"wide\"" : "") + "><title id=\"\(id)-t\">\(HTMLText.escape(title))</title><desc id=\"\(id)-d\">"
            + HTMLText.escape(summary) + "</desc>\n" + content + "</svg>"
    }

    /// A coordinate with at most one decimal, so thousands of bars stay short to write.
    static func n(_ x: Double) -> String {
        let tenths = Int((x * 10).rounded()), size = abs(tenths)
        return (tenths < 0 ? "-" : "") + String(size / 10) + (size % 10 == 0 ? "" : "." + String(size % 10))
    }

    static func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, _ kind: String, tip: String? = nil) -> String {
        let shape = "<rect class=\"\(kind)\" x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(w, 0)))\" height=\"\(n(max(h, 0)))\""
        guard let tip else { return shape + "/>" }
        return shape + "><title>" + HTMLText.escape(tip) + "</title></rect>"
    }

    static func text(_ x: Double, _ y: Double, _ words: String, anchor: String = "start", size: Int = 12, kind: String? = nil) -> String {
        "<text x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(size)\"" + (anchor == "start" ? "" : " text-anchor=\"\(anchor)\"")
            + (kind.map { " class=\"\($0)\"" } ?? "") + ">" + HTMLText.escape(words) + "</text>"
    }

    static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> String {
        "<line class=\"c-axis\" x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\"/>"
    }

    /// A row of labelled swatches; the words say what each mark is, so colour is never the only signal.
    static func legend(_ entries: [(kind: String, words: String)], x: Double, y: Double) -> String {
        var out = "", at = x
        for entry in entries {
            out += rect(at, y - 10, 12, 12, entry.kind) + text(at + 16, y, entry.words)
            at += 16 + Double(DisplayWidth.of(entry.words)) * 6.6 + 18
        }
        return out
    }

    /// An axis step of 1, 2 or 5 times a power of ten that divides `top` into at most `most` steps.
    static func step(top: Int, most: Int = 5) -> Int {
        var scale = 1
        while true {
            for factor in [1, 2, 5] where top <= factor * scale * most { return factor * scale }
            scale *= 10
        }
    }

    /// `count` positions spread evenly over `0..<total`, first and last included: where axis dates go.
    static func spread(_ count: Int, over total: Int) -> [Int] {
        guard total > 0 else { return [] }
        guard total > count, count > 1 else { return Array(0..<total) }
        return (0..<count).map { $0 * (total - 1) / (count - 1) }
    }
}
