/// The meeting list, newest first, with each meeting's date, attendance, notes and decisions; filters by series and
/// title run in the browser, and every series also has a page of its own so the filter works with scripts off.
public enum IndexPage {
    /// The archive's front page over `meetings` (newest first).
    public static func render(_ meetings: [SiteMeeting]) -> String {
        let series = seriesCounts(meetings)
        var body = "<h1>Meetings</h1>\n<p>" + span(meetings) + "</p>\n"
        if !series.isEmpty {
            let links = series.map { entry in
                "<li><a href=\"series/\(SiteSeries.slug(entry.name)).html\">" + HTMLText.escape(label(entry.name)) + "</a> (\(entry.count))</li>"
            }
            let list = "<ul>" + links.joined() + "</ul>"
            body += series.count <= 12 ? "<nav aria-label=\"Series\"><h2>Series</h2>\(list)</nav>\n"
                : "<nav aria-label=\"Series\"><details><summary>All \(series.count) series</summary>\(list)</details></nav>\n"
        }
        body += filters(series)
        body += list(meetings, root: "")
        return SitePage.document(title: "Meetings", place: .archive(root: "", current: .meetings), body: body, scripts: [SiteScripts.filter])
    }

    /// One series' page: the same list, only its meetings.
    public static func renderSeries(_ name: String, _ meetings: [SiteMeeting]) -> String {
        let body = "<h1>Series: " + HTMLText.escape(label(name)) + "</h1>\n<p>" + span(meetings) + " <a href=\"../index.html\">All meetings</a></p>\n"
            + list(meetings, root: "../")
        return SitePage.document(title: "Series: " + label(name), place: .archive(root: "../", current: nil), body: body)
    }

    /// Each series with its number of meetings, largest first.
    static func seriesCounts(_ meetings: [SiteMeeting]) -> [(name: String, count: Int)] {
        let grouped = Dictionary(grouping: meetings.filter(\.readable), by: \.series)
        let counts: [(name: String, count: Int)] = grouped.map { ($0.key, $0.value.count) }
        return counts.sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
    }

    /// The title box and series choice, hidden until the script shows them: without scripts they could do nothing.
    static func filters(_ series: [(name: String, count: Int)]) -> String {
        var out = "<div class=\"filters\" id=\"filters\" hidden><div><label for=\"filter-title\">Filter by title</label>"
        out += "<input type=\"search\" id=\"filter-title\" autocomplete=\"off\"></div><div><label for=\"filter-series\">Series</label>"
        out += "<select id=\"filter-series\"><option value=\"\">All series</option>"
        for entry in series {
            out += "<option value=\"" + HTMLText.escape(entry.name) + "\">" + HTMLText.escape(label(entry.name)) + " (\(entry.count))</option>"
        }
        return out + "</select></div></div>\n<p id=\"filter-status\" role=\"status\" class=\"meta\"></p>\n"
    }

    static func label(_ series: String) -> String { series.isEmpty ? "(no series)" : series }

    /// `12 meetings, 2024-01-09 to 2026-08-30.`
    static func span(_ meetings: [SiteMeeting]) -> String {
        guard let newest = meetings.first, let oldest = meetings.last else { return "No meetings yet." }
        let count = "\(meetings.count) meeting" + (meetings.count == 1 ? "" : "s")
        return count + (newest.date == oldest.date ? ", \(newest.date)." : ", \(oldest.date) to \(newest.date).")
    }

    static func list(_ meetings: [SiteMeeting], root: String) -> String {
        var out = "<ol class=\"meetings\" id=\"meeting-list\">\n"
        out.reserveCapacity(meetings.count * 400)
        for meeting in meetings {
            out += "<li data-series=\"" + HTMLText.escape(meeting.series) + "\" data-title=\"" + HTMLText.escape(meeting.title) + "\">"
            out += "<h2><a href=\"" + root + meeting.page + "\">" + HTMLText.escape(meeting.title) + "</a></h2><p class=\"meta\">" + meeting.date
            if meeting.readable {
                out += " · \(meeting.attended) " + (meeting.attendanceRecorded ? "attended" : "expected")
                    + " · \(meeting.notes) note" + (meeting.notes == 1 ? "" : "s") + " · \(meeting.decisions) decision" + (meeting.decisions == 1 ? "" : "s")
            }
            if meeting.status != .ended { out += " · <strong>" + meeting.status.rawValue + "</strong>" }
            out += "</p>"
            if !meeting.decisionTexts.isEmpty {
                let more = meeting.decisions - meeting.decisionTexts.count
                out += "<ul>" + meeting.decisionTexts.map { "<li class=\"text\">Decided: " + HTMLText.escape($0) + "</li>" }.joined()
                    + (more > 0 ? "<li>and \(more) more</li>" : "") + "</ul>"
            }
            out += "</li>\n"
        }
        return out + "</ol>"
    }
}
