import Foundation
import Testing
@testable import ConveneCore

/// The archive-wide pages from several meetings: the list, a series page, people, charts and search.
@Suite struct ArchivePagesTests {
    /// Three meetings a day apart (two of the `visioning` series, one `Budget` with new people), newest first.
    let records: [MeetingRecord] = {
        let first = SiteFixtures.record(SiteFixtures.events(id: "2026-08-30-visioning", title: "Visioning #1", day: 0))
        let second = SiteFixtures.record(SiteFixtures.events(id: "2026-08-31-budget", title: "Budget", day: 1, people: ["Cy", "Ana", "Bo"]))
        let third = SiteFixtures.record(SiteFixtures.events(id: "2026-09-01-visioning", title: "Visioning #2", day: 2))
        return [third, second, first]
    }()
    var meetings: [SiteMeeting] { records.map(SiteMeeting.init(record:)) }

    @Test func listIsNewestFirstWithAttendanceNotesAndDecisions() throws {
        let page = IndexPage.render(meetings)
        #expect(HTMLShape(page).problems.isEmpty)
        let order = ["2026-09-01-visioning", "2026-08-31-budget", "2026-08-30-visioning"].compactMap { page.range(of: "meetings/\($0).html")?.lowerBound }
        #expect(order.count == 3 && order == order.sorted())
        #expect(page.contains("2026-09-01 · 2 attended · 5 notes · 1 decision</p><ul><li class=\"text\">Decided: Meet monthly &lt;always&gt;</li></ul>"))
        #expect(page.contains("3 meetings, 2026-08-30 to 2026-09-01."))
    }

    @Test func filtersRunOnlyTheirOwnScriptAndSeriesHaveTheirOwnPages() throws {
        let page = IndexPage.render(meetings)
        let shape = HTMLShape(page)
        #expect(shape.scripts == [SiteScripts.filter])
        let policy = try #require(shape.elements.first { $0.attributes["http-equiv"] == "Content-Security-Policy" }?.attributes["content"])
        #expect(policy.hasSuffix("script-src " + SHA256.cspSource(SiteScripts.filter)))
        #expect(page.contains("<li><a href=\"series/visioning.html\">visioning</a> (2)</li><li><a href=\"series/budget.html\">budget</a> (1)</li>"))
        #expect(page.contains("<div class=\"filters\" id=\"filters\" hidden>"), "hidden until the script runs")
        let series = IndexPage.renderSeries("visioning", meetings.filter { $0.series == "visioning" })
        #expect(series.contains("<h1>Series: visioning</h1>") && series.contains("../meetings/2026-09-01-visioning.html") && !series.contains("budget.html"))
        #expect(HTMLShape(series).scripts.isEmpty)
    }

    @Test func peopleCountMeetingsFirstAndLastAndRoles() {
        let page = PeoplePage.render(ArchiveFigures(meetings))
        #expect(HTMLShape(page).problems.isEmpty)
        #expect(page.contains("<tr><th scope=\"row\">Ana</th><td class=\"num\">3</td><td class=\"nowrap\">2026-08-30</td><td class=\"nowrap\">2026-09-01</td><td class=\"num\">3</td><td>facilitator ×3</td></tr>"))
        #expect(page.contains("<th scope=\"row\">Cy</th><td class=\"num\">1</td><td class=\"nowrap\">2026-08-31</td><td class=\"nowrap\">2026-08-31</td><td class=\"num\">1</td><td>note-taker ×1</td>"))
    }

    @Test func someoneWhoOnlyHeldARoleHasNoDates() {
        var meeting = SiteMeeting(record: records[0])
        meeting.roles.append(.init(role: "timekeeper", person: "Zed"))
        #expect(PeoplePage.render(ArchiveFigures([meeting])).contains("<th scope=\"row\">Zed</th><td class=\"num\">0</td><td class=\"nowrap\">—</td><td class=\"nowrap\">—</td>"))
    }

    @Test func chartsHaveATableBehindEveryChart() {
        let page = ChartsPage.render(ArchiveFigures(meetings))
        let shape = HTMLShape(page)
        #expect(shape.problems.isEmpty, "\(shape.problems)")
        let sections = page.components(separatedBy: "<section").dropFirst()
        #expect(sections.count == 4)
        for section in sections {
            #expect(section.contains("<svg role=\"img\""))
            #expect(section.contains("<table><caption>"))
        }
        #expect(shape.scripts.isEmpty)
        #expect(page.contains("<td class=\"nowrap\">2026-08-31</td><th scope=\"row\"><a href=\"meetings/2026-08-31-budget.html\">Budget</a></th><td class=\"num\">1</td><td class=\"num\">1</td>"),
                "Cy is new at the second meeting, Ana returns")
        #expect(page.contains("Time against plan per meeting") && page.contains("<td class=\"num\">03:10 over</td>"))
    }

    @Test func searchPageEmbedsOneLinePerMeetingThatReadsBack() throws {
        let lines = records.map { SearchIndex.line($0)[...] }
        let page = SearchPage.render(lines: lines, notes: 1_234_567)
        let text = String(decoding: page, as: UTF8.self)
        let shape = HTMLShape(text)
        #expect(shape.problems.isEmpty)
        #expect(shape.scripts.count == 2 && shape.scripts[1] == SiteScripts.search)
        #expect(text.contains("script-src " + SHA256.cspSource(SiteScripts.search) + "\">"))
        #expect(shape.elements.contains { $0.name == "form" && $0.attributes["hidden"] != nil }, "the form waits for the script")
        #expect(text.contains("Words to find in 1,234,567 notes") && SearchPage.grouped(999) == "999" && SearchPage.grouped(1000) == "1,000")
        let found = SearchIndex.lines(in: page)
        #expect(Set(found.keys) == Set(records.map(\.id)))
        let line = try #require(found["2026-08-30-visioning"])
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [Any])
        #expect(parsed[0] as? String == "2026-08-30-visioning" && parsed[2] as? String == "Visioning #1")
        let notes = try #require(parsed[4] as? [[Any]])
        #expect(notes.count == 6)
        #expect(notes[0][4] as? String == "Rent <b>too</b> high & \"more\"\u{2028}</script><script>alert(2)</script>\n\\e]0;pwned\\x07second line")
        #expect(notes.contains { $0[4] as? String == "Book the hall" && $0[6] as? String == "Ana" })
        #expect(notes.contains { $0[4] as? String == "Said in error" && $0[7] as? Int == 1 })
    }
}
