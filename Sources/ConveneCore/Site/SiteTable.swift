/// The tables every page uses: captioned, with header cells scoped, inside a region that scrolls sideways on a narrow
/// screen rather than widening the page.
enum SiteTable {
    /// A table in a container that scrolls sideways, reachable by keyboard and named for readers; the cells of column
    /// `rowHeader` head their rows, the `numeric` columns align right and `unbroken` ones (dates) never wrap. Cells are
    /// HTML, escaped by the caller.
    static func render(_ caption: String, columns: [String], rows: [[String]], rowHeader: Int = 0, numeric: Set<Int> = [],
                       unbroken: Set<Int> = []) -> String {
        let name = HTMLText.escape(caption)
        var out = "<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"" + name + "\"><table><caption>" + name + "</caption>\n<thead><tr>"
        for (index, column) in columns.enumerated() {
            out += "<th scope=\"col\"" + kind(index, numeric, unbroken) + ">" + column + "</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>"
            for (index, cell) in row.enumerated() {
                let header = index == rowHeader
                let tag = header ? "th scope=\"row\"" : "td"
                out += "<" + tag + kind(index, numeric, unbroken) + ">" + cell + (header ? "</th>" : "</td>")
            }
            out += "</tr>\n"
        }
        return out + "</tbody></table></div>\n"
    }

    private static func kind(_ index: Int, _ numeric: Set<Int>, _ unbroken: Set<Int>) -> String {
        numeric.contains(index) ? " class=\"num\"" : unbroken.contains(index) ? " class=\"nowrap\"" : ""
    }
}
