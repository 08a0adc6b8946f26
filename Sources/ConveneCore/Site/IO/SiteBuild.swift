import Dispatch
import Foundation

/// `convene site`'s work: render the meetings whose logs changed since the manifest was written (all of them the
/// first time), then the archive-wide pages when anything changed, then the manifest. The pages come from the pure
/// renderers; this file only reads logs and hands bytes to `SiteFolder`.
public enum SiteBuild {
    /// What a run did, for the command to report.
    public struct Report: Equatable, Sendable {
        public var meetings = 0
        public var rendered = 0
        public var removed = 0
        /// Archive-wide pages (list, series, people, charts, search) written because their content changed.
        public var archivePages = 0
        /// Meetings whose log could not be read at all: listed, with a page that says so.
        public var unreadable: [String] = []
    }

    /// The archive-wide pages; each must still have the size it was written with for a site to be up to date.
    static let archivePages = ["index.html", "people.html", "charts.html", "search.html"]

    public static func run(records: RecordsFolder, site: SiteFolder, now: Date) throws(LogError) -> Report {
        try site.exclusively { () throws(LogError) -> Report in try build(records: records, site: site, now: now) }
    }

    static func build(records: RecordsFolder, site: SiteFolder, now: Date) throws(LogError) -> Report {
        let saved = site.manifest()
        let current = saved?.renderer == SiteManifest.renderer
        let known = current ? saved?.entries ?? [:] : [:]
        let ids = records.meetingIDs()
        var report = Report(meetings: ids.count)
        var kept: [String: SiteManifest.Entry] = [:], stale: [(id: String, stamp: (size: Int, modified: Int))] = []
        for id in ids {
            let stamp = RecordsIndex.stamp(records.logPath(id))
            if let entry = known[id], entry.size == stamp.size, entry.modified == stamp.modified, entry.meeting.status != .live,
               site.holds(entry.meeting.page) {
                kept[id] = entry
            } else {
                stale.append((id, stamp))
            }
        }
        let gone = Set(saved?.entries.keys.map { $0 } ?? []).subtracting(ids)
        let intact = archivePages.allSatisfy { page in site.size(page).map { $0 > 0 && $0 == saved?.pageSizes[page] } ?? false }
        if stale.isEmpty && gone.isEmpty && current && intact { return report }
        let earlierSearch = site.read("search.html") ?? []
        var lines = current ? SearchIndex.lines(in: earlierSearch) : [:]
        for (id, entry) in kept where entry.meeting.readable && lines[id] == nil {
            kept[id] = nil
            stale.append((id, RecordsIndex.stamp(records.logPath(id))))
        }
        try site.folder("meetings")
        try site.folder("series")
        let fresh = try render(stale, records: records, site: site, now: now)
        report.rendered = fresh.count
        var entries = kept
        for made in fresh {
            entries[made.entry.meeting.id] = made.entry
            lines[made.entry.meeting.id] = made.line.map { $0[...] }
            if !made.entry.meeting.readable { report.unreadable.append(made.entry.meeting.id) }
        }
        let meetings = entries.values.map(\.meeting).sorted(by: SiteMeeting.newestFirst)
        let series = try archive(meetings, lines: lines, earlierSearch: earlierSearch, site: site, report: &report)
        for id in gone {
            site.remove("meetings/" + id + ".html")
            report.removed += 1
        }
        for slug in Set(saved?.seriesPages ?? []).subtracting(series) { site.remove("series/" + slug + ".html") }
        let sizes = Dictionary(archivePages.map { ($0, site.size($0) ?? 0) }, uniquingKeysWith: { first, _ in first })
        try site.write(SiteManifest(seriesPages: series.sorted(), pageSizes: sizes, entries: entries).bytes(), to: SiteFolder.manifestPath, durably: true)
        report.unreadable.sort()
        return report
    }

    /// A meeting rendered afresh: its manifest entry and its search index line (none for an unreadable log).
    struct Rendered {
        var entry: SiteManifest.Entry
        var line: [UInt8]?
    }

    /// Reads, renders and writes the pages of `stale` meetings on every core at once; each meeting is read and
    /// dropped in turn, so memory holds one record per core plus the small results.
    static func render(_ stale: [(id: String, stamp: (size: Int, modified: Int))], records: RecordsFolder, site: SiteFolder,
                       now: Date) throws(LogError) -> [Rendered] {
        let results = Collected(count: stale.count)
        DispatchQueue.concurrentPerform(iterations: stale.count) { index in
            let (id, stamp) = stale[index]
            let page: String, made: Rendered
            if let record = try? records.record(id, now: now) {
                page = MeetingPage.render(record, place: .archive(root: "../", current: nil))
                made = Rendered(entry: .init(size: stamp.size, modified: stamp.modified, meeting: SiteMeeting(record: record)),
                                line: SearchIndex.line(record))
            } else {
                page = MeetingPage.renderUnreadable(id)
                made = Rendered(entry: .init(size: stamp.size, modified: stamp.modified, meeting: SiteMeeting(unreadableID: id)), line: nil)
            }
            do throws(LogError) {
                try site.update(Array(page.utf8), at: "meetings/" + id + ".html")
                results.set(index, made)
            } catch {
                results.fail(error)
            }
        }
        return try results.all()
    }

    /// Writes the meeting list, one page per series, the people, charts and search pages, each only when its bytes
    /// changed; returns the series pages' names. The search page is compared with `earlierSearch`, already read for
    /// its lines, rather than read a second time: it can be hundreds of megabytes.
    static func archive(_ meetings: [SiteMeeting], lines: [String: ArraySlice<UInt8>], earlierSearch: [UInt8], site: SiteFolder,
                        report: inout Report) throws(LogError) -> [String] {
        let figures = ArchiveFigures(meetings)
        var pages: [(String, [UInt8])] = [("index.html", Array(IndexPage.render(meetings).utf8)),
                                          ("people.html", Array(PeoplePage.render(figures).utf8)),
                                          ("charts.html", Array(ChartsPage.render(figures).utf8))]
        let search = SearchPage.render(lines: meetings.compactMap { lines[$0.id] }, notes: meetings.reduce(0) { $0 + $1.notes })
        if search != earlierSearch {
            try site.write(search, to: "search.html")
            report.archivePages += 1
        }
        var slugs: [String] = []
        for (name, members) in Dictionary(grouping: meetings.filter(\.readable), by: \.series) {
            let slug = SiteSeries.slug(name)
            slugs.append(slug)
            pages.append(("series/" + slug + ".html", Array(IndexPage.renderSeries(name, members.sorted(by: SiteMeeting.newestFirst)).utf8)))
        }
        for (name, bytes) in pages where try site.update(bytes, at: name) { report.archivePages += 1 }
        return slugs
    }
}
