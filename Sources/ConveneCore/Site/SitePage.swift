/// The frame around every page: document head with its security policy, the site's navigation, and the main content.
public enum SitePage {
    /// The archive's pages as the navigation names them, in order.
    public enum Section: String, CaseIterable, Sendable {
        case meetings = "index.html", people = "people.html", charts = "charts.html", search = "search.html"

        var label: String {
            switch self {
            case .meetings: "Meetings"
            case .people: "People"
            case .charts: "Charts"
            case .search: "Search"
            }
        }
    }

    /// Where a page sits: in the archive (with `root`, the path back to the top, and the section it belongs to), or
    /// alone, as `convene export --format html` writes it.
    public enum Place: Sendable {
        case archive(root: String, current: Section?)
        case standalone
    }

    /// A whole HTML document. `scripts` run inline and are the only scripts the page's policy allows, by hash;
    /// `after` goes after `</main>` (data blocks for those scripts).
    static func document(title: String, place: Place, body: String, scripts: [String] = [], after: String = "") -> String {
        let scriptPolicy = scripts.isEmpty ? "" : "; script-src " + scripts.map(SHA256.cspSource).joined(separator: " ")
        var out = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'\(scriptPolicy)">
            <title>\(HTMLText.escape(title))</title>
            <style>
            \(SiteStyle.css)
            </style></head><body>

            """
        if case .archive(let root, let current) = place {
            out += "<a class=\"skip\" href=\"#main\">Skip to content</a>\n<header><nav aria-label=\"Archive\"><ul>"
            for section in Section.allCases {
                out += "<li><a href=\"\(root)\(section.rawValue)\"" + (section == current ? " aria-current=\"page\"" : "") + ">\(section.label)</a></li>"
            }
            out += "</ul></nav></header>\n"
        }
        out += "<main id=\"main\">\n" + body + "\n</main>\n"
        if case .archive = place {
            out += "<footer><p>Made by convene from the meeting records: no network, nothing loaded from elsewhere.</p></footer>\n"
        }
        out += after
        for script in scripts { out += "<script>" + script + "</script>\n" }
        return out + "</body></html>\n"
    }
}
