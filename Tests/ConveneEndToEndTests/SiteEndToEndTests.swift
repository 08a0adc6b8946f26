import Foundation
import Glibc
import Testing

/// `convene site` run as members would: the folder it writes, the folders it refuses, and the pages in a real browser.
@Suite struct SiteEndToEndTests {
    let folder = TemporaryFolder()
    var records: String { folder.path + "/records" }
    var site: String { folder.path + "/site" }

    /// Two meetings of the `visioning` series with hostile names and notes, and one called `Budget`.
    init() throws {
        RecordFixtures.hostileMeeting(in: folder.path + "/records")
        RecordFixtures.hostileMeeting(in: folder.path + "/records", id: "2026-09-06-visioning", openedAt: "2026-09-06T14:00:00.000Z")
        let log = RecordFixtures.hostileMeeting(in: folder.path + "/records", id: "2026-09-13-budget", openedAt: "2026-09-13T14:00:00.000Z")
        let text = try String(contentsOfFile: log, encoding: .utf8)
        try text.replacingOccurrences(of: #""title":"Visioning""#, with: #""title":"Budget""#).write(toFile: log, atomically: true, encoding: .utf8)
    }

    @Test func writesTheSiteThenFindsItUpToDate() throws {
        let first = try convene(["site", site, "--records", records])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("3 of 3 meeting pages rendered") && first.stdout.contains("index.html"))
        for page in ["index.html", "people.html", "charts.html", "search.html", "meetings/2026-08-30-visioning.html", "series/visioning.html"] {
            #expect(access(site + "/" + page, R_OK) == 0, "\(page)")
        }
        let second = try convene(["site", site, "--records", records])
        #expect(second.status == 0 && second.stdout.contains("is up to date (3 meetings); nothing was written"))
    }

    @Test func noMeetingsYetGivesPagesThatSaySo() throws {
        let empty = try convene(["site", site + "/", "--records", folder.path + "/nothing"])
        #expect(empty.status == 0 && empty.stdout.contains("No meetings yet in " + folder.path + "/nothing"))
        #expect(empty.stdout.contains("Open \(site)/index.html."))
        #expect(try String(contentsOfFile: site + "/index.html", encoding: .utf8).contains("<p>No meetings yet.</p>"))
        #expect(access(folder.path + "/nothing", F_OK) != 0, "no records folder is made")
    }

    @Test func helpAndUsage() throws {
        let help = try convene(["help", "site"])
        #expect(help.status == 0 && help.stdout.hasPrefix("usage: convene site DIR"))
        #expect(try convene(["site", "--help"]).stdout == help.stdout)
        #expect(try convene(["--help"]).stdout.contains("convene site DIR"))
        let missing = try convene(["site", "--records", records])
        #expect(missing.status == 2 && missing.stderr.contains("name one folder"))
    }

    @Test func refusesFoldersItMustNotWriteInto() throws {
        try FileManager.default.createDirectory(atPath: folder.path + "/photos", withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: folder.path + "/photos/cat.jpg", contents: Data([1, 2, 3])))
        let busy = try convene(["site", folder.path + "/photos", "--records", records])
        #expect(busy.status == 1 && busy.stderr.contains("is not empty and is not a convene site"))
        #expect((try? FileManager.default.contentsOfDirectory(atPath: folder.path + "/photos")) == ["cat.jpg"])
        let inside = try convene(["site", records + "/site", "--records", records])
        #expect(inside.status == 1 && inside.stderr.contains("inside the records folder"))
        #expect(access(records + "/site", F_OK) != 0)
    }

    static let browser = ExportEndToEndTests.browser

    /// Runs headless chromium on `page` with `arguments` (a screenshot or a DOM dump) and returns what it printed.
    func chromium(_ arguments: [String], _ page: String) throws -> RunResult {
        try run("/usr/bin/timeout", ["120", Self.browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                                     "--user-data-dir=" + folder.path + "/chromium"] + arguments + ["file://" + site + "/" + page])
    }

    @Test(.enabled(if: access(browser, X_OK) == 0, "chromium is not installed (apt-get install chromium)"))
    func pagesRenderAndSearchFindsANoteInHeadlessChromium() throws {
        #expect(try convene(["site", site, "--records", records]).status == 0)
        for (name, size) in [("phone", "390,844"), ("desktop", "1280,900")] {
            let png = folder.path + "/\(name).png"
            _ = try chromium(["--screenshot=" + png, "--window-size=" + size], "meetings/2026-08-30-visioning.html")
            let dark = try python(ExportEndToEndTests.darkPixels, [png])
            #expect((Int(dark.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) > 2000, "\(name): \(dark.stderr)")
        }
        let found = try chromium(["--virtual-time-budget=10000", "--dump-dom"], "search.html?q=CHILDCARE")
        #expect(found.stdout.contains("3 notes match, newest first."), "\(found.stderr)")
        #expect(found.stdout.contains("<span class=\"text\">Ask about childcare</span>"))
        #expect(found.stdout.contains("href=\"meetings/2026-09-06-visioning.html#note-3\""))
        let filtered = try chromium(["--virtual-time-budget=5000", "--dump-dom"], "index.html?series=budget")
        #expect(filtered.stdout.contains("1 of 3 meetings shown."))
        #expect(filtered.stdout.contains("<li data-series=\"visioning\" data-title=\"Visioning\" hidden=\"\">"))
        #expect(filtered.stdout.contains("<li data-series=\"budget\" data-title=\"Budget\"><h2>"))
        let hostile = try chromium(["--dump-dom"], "meetings/2026-08-30-visioning.html")
        #expect(hostile.stdout.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt;, Zoë 山田"))
        #expect(!hostile.stdout.contains("<script") && !hostile.stdout.contains("<b>all</b>"))
    }

    /// A copy of `page` beside it whose policy lets no script run, as in a browser with scripts off; chromium's DOM
    /// dump itself needs scripts, so they cannot be switched off for the whole browser.
    func withoutScripts(_ page: String) throws -> String {
        let text = try String(contentsOfFile: site + "/" + page, encoding: .utf8)
        let blocked = text.replacingOccurrences(of: #"; script-src '[^"]*""#, with: "; script-src 'none'\"", options: .regularExpression)
        #expect(blocked != text)
        let copy = "noscript-" + page
        try blocked.write(toFile: site + "/" + copy, atomically: true, encoding: .utf8)
        return copy
    }

    @Test(.enabled(if: access(browser, X_OK) == 0, "chromium is not installed (apt-get install chromium)"))
    func withScriptsOffEverythingButSearchStillReads() throws {
        #expect(try convene(["site", site, "--records", records]).status == 0)
        let index = try chromium(["--dump-dom"], try withoutScripts("index.html"))
        #expect(index.stdout.contains("<a href=\"meetings/2026-09-06-visioning.html\">Visioning</a>"), "\(index.stderr)")
        #expect(index.stdout.contains("id=\"filters\" hidden=\"\""), "filters stay hidden when they could do nothing")
        let search = try chromium(["--virtual-time-budget=5000", "--dump-dom"], try withoutScripts("search.html") + "?q=childcare")
        #expect(search.stdout.contains("<p id=\"search-needs-script\">Search runs in your browser and needs JavaScript"))
        #expect(search.stdout.contains("<form id=\"search-form\" role=\"search\" hidden=\"\">"))
        #expect(search.stdout.contains("<ul class=\"hits\" id=\"hits\"></ul>"), "no script ran to fill the results")
    }
}
