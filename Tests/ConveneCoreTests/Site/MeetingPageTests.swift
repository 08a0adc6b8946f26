import Foundation
import Testing
@testable import ConveneCore

/// One meeting's page rendered from a fixture with every section filled and hostile names and notes.
@Suite struct MeetingPageTests {
    let record = SiteFixtures.record()
    var page: String { MeetingPage.render(record, place: .archive(root: "../", current: nil)) }

    @Test func hostileTextMakesNoElementNoHandlerAndNoTerminalEscape() {
        let shape = HTMLShape(page)
        #expect(shape.problems.isEmpty, "\(shape.problems)")
        #expect(shape.count("script") == 0 && shape.count("img") == 0 && shape.count("b") == 0)
        #expect(!shape.attributeNames.contains { $0.hasPrefix("on") })
        #expect(!page.contains("\u{1B}") && !page.contains("\u{07}") && !page.contains("\u{2028}"))
        #expect(page.contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &quot;Zoë&quot; &#39;q&#39; \\e[31m山田"))
        #expect(page.contains("Rent &lt;b&gt;too&lt;/b&gt; high &amp; &quot;more&quot;\\u{2028}&lt;/script&gt;"))
    }

    @Test func pageIsAccessibleHTML() {
        let shape = HTMLShape(page)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(shape.elements.contains { $0.name == "meta" && $0.attributes["name"] == "viewport" && $0.attributes["content"] == "width=device-width, initial-scale=1" })
        #expect(shape.count("main") == 1 && shape.count("h1") == 1)
        let svg = shape.elements.filter { $0.name == "svg" }
        #expect(svg.count == 1 && svg.allSatisfy { $0.attributes["role"] == "img" && $0.attributes["aria-labelledby"] != nil })
        #expect(shape.count("title") >= 2, "the document's title and the chart's")
        #expect(shape.count("table") == shape.count("caption"))
        #expect(shape.elements.filter { $0.name == "th" }.allSatisfy { $0.attributes["scope"] == "col" || $0.attributes["scope"] == "row" })
        let policy = shape.elements.first { $0.attributes["http-equiv"] == "Content-Security-Policy" }?.attributes["content"]
        #expect(policy == "default-src 'none'; style-src 'unsafe-inline'")
        #expect(!page.contains("http://") && !page.contains("https://"))
    }

    @Test func timelineDrawsPlannedAgainstActualWithOverrunInWords() {
        // Breakouts: 20 minutes planned, 25 run, so its actual bar is the planned length plus a 5-minute overrun.
        let svg = TimelineChart.svg(record.timeline, id: "t")
        let scale = TimelineChart.barRoom / 1500
        #expect(svg.contains("width=\"\(SvgChart.n(1200 * scale))\" height=\"12\"/>"))
        #expect(svg.contains("<rect class=\"c-over\" x=\"\(SvgChart.n(1200 * scale))\" y=\"\(SvgChart.n(30 + TimelineChart.rowHeight + 35))\" width=\"\(SvgChart.n(300 * scale))\""))
        #expect(svg.contains("25:00 actual, 05:00 over"))
        #expect(svg.contains(">10:00 actual</text>") && svg.contains("03:10 actual, 01:50 under"))
        #expect(page.contains("<td>20:00</td><td>25:00 actual, 05:00 over</td>"))
    }

    @Test func sectionsCarryAttendanceRolesAndGroups() {
        #expect(page.contains("2 attended of 3 expected."))
        #expect(page.contains("<th scope=\"row\">Bo</th><td>absent</td><td>new</td>"))
        #expect(page.contains("<th scope=\"row\">facilitator</th><td>Ana</td>"))
        #expect(page.contains("<th scope=\"row\">note-taker (item 2, group 1)</th>"))
        #expect(page.contains("<caption>Round 1</caption>") && page.contains("<th scope=\"row\" class=\"nowrap\">Group 1</th><td>Ana</td>"))
    }

    @Test func notesAreByItemThenGroupWithStruckAndEditedShown() throws {
        let notes = String(try #require(page.components(separatedBy: "<h2 id=\"notes\">").last))
        let welcome = try #require(notes.range(of: "<h3>1. Welcome</h3>")), breakouts = try #require(notes.range(of: "<h3>2. Breakouts &lt;b&gt;</h3>"))
        let group = try #require(notes.range(of: "<h4>Round 1 group 2</h4>"))
        #expect(welcome.upperBound < breakouts.lowerBound && breakouts.upperBound < group.lowerBound)
        #expect(page.contains("<del><span class=\"text\">Said in error</span></del> (struck)"))
        #expect(page.contains("Second wording") && page.contains("<summary>Edited; earlier wording</summary><ul><li class=\"text\">First wording</li>"))
        #expect(page.contains("<li id=\"note-4\">"), "anchors count notes as the record lists them")
    }

    @Test func decisionsAndFollowThroughWithStatus() {
        #expect(page.contains("<h2 id=\"decisions\">Decisions</h2>\n<ol>\n<li><span class=\"text\">Meet monthly &lt;always&gt;</span>"))
        #expect(page.contains("<span class=\"text\">Book the hall</span></td><td>Ana</td><td>2026-09-06</td><td>done (4/5): Booked for the 14th</td>"))
        #expect(page.contains("Talk with Bo: Ask about childcare</span>") && page.contains("<td>dropped: Moved away</td>"))
        #expect(page.contains("<dt>Actions and follow-ups open</dt><dd>0 of 2</dd>"))
    }

    @Test func standaloneExportHasNoSiteNavigationAndArchivePageLinksItsSeries() {
        let alone = RecordHTML.render(record)
        #expect(!alone.contains("<nav") && !alone.contains("series/"))
        #expect(page.contains("<a href=\"../index.html\">Meetings</a>"))
        #expect(page.contains("series: <a href=\"../series/visioning.html\">visioning</a>"))
    }

    @Test func unreadableMeetingPageSaysWhatToRun() {
        let shape = HTMLShape(MeetingPage.renderUnreadable("2026-08-30-broken"))
        #expect(shape.problems.isEmpty)
        #expect(MeetingPage.renderUnreadable("2026-08-30-broken").contains("<code>convene repair 2026-08-30-broken</code>"))
    }
}
