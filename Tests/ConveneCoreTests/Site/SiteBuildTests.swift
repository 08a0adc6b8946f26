import Foundation
import Glibc
import Testing
@testable import ConveneCore

/// Building a site into a real folder: what a first run writes, what a rerun rewrites, and which folders are refused.
@Suite struct SiteBuildTests {
    let now = meetingStart.addingTimeInterval(30 * 86400)

    /// A records folder with `count` meetings and a site built from it once; `body` gets both paths.
    func withSite(meetings count: Int = 3, _ body: (_ records: String, _ site: String, _ ids: [String]) throws -> Void) throws {
        try withTemporaryFolder { root in
            let records = root + "/records", site = root + "/site"
            let ids = SiteFixtures.records(in: records, count: count)
            let first = try build(records, site)
            #expect(first.rendered == count && first.meetings == count)
            try body(records, site, ids)
        }
    }

    @discardableResult
    func build(_ records: String, _ site: String) throws -> SiteBuild.Report {
        try SiteBuild.run(records: RecordsFolder(root: records), site: try SiteFolder.open(site, records: records), now: now)
    }

    func inode(_ path: String) -> UInt {
        var info = stat()
        return stat(path, &info) == 0 ? UInt(info.st_ino) : 0
    }

    func text(_ path: String) -> String { String(decoding: fileBytes(path), as: UTF8.self) }

    @Test func firstRunWritesEveryPagePrivately() throws {
        try withSite { _, site, ids in
            for page in ["index.html", "people.html", "charts.html", "search.html", "series/visioning.html"] + ids.map({ "meetings/\($0).html" }) {
                #expect(mode(site + "/" + page) == 0o600, "\(page)")
            }
            #expect(mode(site) == 0o700 && mode(site + "/meetings") == 0o700)
            #expect(SiteManifest.parse(fileBytes(site + "/.convene-site/manifest.jsonl"))?.entries.count == 3)
            #expect(text(site + "/search.html").contains("\"Second wording\""))
        }
    }

    @Test func rerunWithNothingChangedWritesNothing() throws {
        try withSite { records, site, ids in
            let before = ["index.html", "search.html", "meetings/\(ids[0]).html"].map { inode(site + "/" + $0) }
            let report = try build(records, site)
            #expect(report.rendered == 0 && report.archivePages == 0 && report.removed == 0)
            #expect(["index.html", "search.html", "meetings/\(ids[0]).html"].map { inode(site + "/" + $0) } == before)
        }
    }

    @Test func aChangedLogRerendersOnlyItsMeetingThenTheArchivePages() throws {
        try withSite { records, site, ids in
            let untouched = inode(site + "/meetings/\(ids[0]).html")
            try EventLogFile(path: RecordsFolder(root: records).logPath(ids[2]))
                .append([Event(at: now, by: "Ana", NoteAdded(id: "late", kind: .decision, text: "Rent strike vote", item: 0))])
            let report = try build(records, site)
            #expect(report.rendered == 1 && report.archivePages >= 2)
            #expect(inode(site + "/meetings/\(ids[0]).html") == untouched)
            #expect(text(site + "/meetings/\(ids[2]).html").contains("Rent strike vote"))
            #expect(text(site + "/search.html").contains("\"Rent strike vote\""))
            #expect(text(site + "/index.html").contains("2 decisions"))
        }
    }

    @Test func aRemovedMeetingLosesItsPageAndOtherFilesStay() throws {
        try withSite { records, site, ids in
            writeFile(site + "/our-notes.txt", Array("keep".utf8))
            writeFile(site + "/meetings/extra.html", Array("keep".utf8))
            unlink(RecordsFolder(root: records).logPath(ids[1]))
            let report = try build(records, site)
            #expect(report.removed == 1 && report.rendered == 0)
            #expect(access(site + "/meetings/\(ids[1]).html", F_OK) != 0)
            #expect(fileBytes(site + "/our-notes.txt") == Array("keep".utf8) && fileBytes(site + "/meetings/extra.html") == Array("keep".utf8))
            #expect(!text(site + "/search.html").contains(ids[1]))
        }
    }

    @Test func aMissingPageOrSearchLineIsRenderedAgain() throws {
        try withSite { records, site, ids in
            unlink(site + "/meetings/\(ids[0]).html")
            let afterUnlink = try build(records, site)
            #expect(afterUnlink.rendered == 1)
            let search = text(site + "/search.html")
            let kept = search.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("[\"\(ids[1])\"") }
            writeFile(site + "/search.html", Array(kept.joined(separator: "\n").utf8))
            let afterLineLost = try build(records, site)
            #expect(afterLineLost.rendered == 1)
            #expect(text(site + "/search.html") == search)
        }
    }

    @Test func anotherRendererRendersEverythingAgain() throws {
        try withSite { records, site, _ in
            var manifest = try #require(SiteManifest.parse(fileBytes(site + "/.convene-site/manifest.jsonl")))
            manifest.renderer = SiteManifest.renderer - 1
            writeFile(site + "/.convene-site/manifest.jsonl", manifest.bytes())
            let upgraded = try build(records, site)
            #expect(upgraded.rendered == 3)
        }
    }

    @Test func liveMeetingsAreRenderedOnEveryRun() throws {
        try withTemporaryFolder { root in
            SiteFixtures.write(SiteFixtures.events(id: "2026-08-30-live", ended: false), id: "2026-08-30-live", in: root + "/records")
            SiteFixtures.write(SiteFixtures.events(id: "2026-08-29-done", day: -1), id: "2026-08-29-done", in: root + "/records")
            try build(root + "/records", root + "/site")
            let second = try build(root + "/records", root + "/site")
            #expect(second.rendered == 1)
        }
    }

    @Test func anUnreadableLogIsListedWithAPageSayingSo() throws {
        try withTemporaryFolder { root in
            try RecordsFolder(root: root + "/records").prepare()
            writeFile(root + "/records/meetings/2026-08-30-broken.jsonl", Array("not json\n".utf8))
            let report = try build(root + "/records", root + "/site")
            #expect(report.unreadable == ["2026-08-30-broken"])
            #expect(text(root + "/site/index.html").contains("(unreadable log)"))
            #expect(text(root + "/site/meetings/2026-08-30-broken.html").contains("convene repair 2026-08-30-broken"))
        }
    }

    @Test func refusesAFolderThatIsNotEmptyAndNotASite() throws {
        try withTemporaryFolder { root in
            try FileManager.default.createDirectory(atPath: root + "/photos", withIntermediateDirectories: true)
            writeFile(root + "/photos/cat.jpg", [1, 2, 3])
            #expect(throws: LogError.self) { try SiteFolder.open(root + "/photos", records: root + "/records") }
            do throws(LogError) {
                _ = try SiteFolder.open(root + "/photos", records: root + "/records")
            } catch {
                #expect(error.message.contains("is not empty and is not a convene site"))
            }
            #expect(fileBytes(root + "/photos/cat.jpg") == [1, 2, 3] && access(root + "/photos/.convene-site", F_OK) != 0)
            writeFile(root + "/file", [1])
            #expect(throws: LogError.self) { try SiteFolder.open(root + "/file", records: root + "/records") }
        }
    }

    @Test func refusesAFolderInsideTheRecordsEvenThroughALink() throws {
        try withTemporaryFolder { root in
            try RecordsFolder(root: root + "/records").prepare()
            do throws(LogError) {
                _ = try SiteFolder.open(root + "/records/site", records: root + "/records")
                Issue.record("a site inside the records folder was accepted")
            } catch {
                #expect(error.message.contains("inside the records folder"))
            }
            symlink(root + "/records/meetings", root + "/link")
            #expect(throws: LogError.self) { try SiteFolder.open(root + "/link/site", records: root + "/records") }
            #expect(throws: LogError.self) { try SiteFolder.open(root + "/records", records: root + "/records") }
            #expect(access(root + "/records/site", F_OK) != 0 && access(root + "/records/meetings/site", F_OK) != 0)
        }
    }

    @Test func aFolderHoldingOnlyTheSitesStateIsASiteInTheMaking() throws {
        try withTemporaryFolder { root in
            let records = root + "/records"
            _ = SiteFixtures.records(in: records, count: 1)
            #expect(mkdir(root + "/site", 0o700) == 0 && mkdir(root + "/site/.convene-site", 0o700) == 0)
            let built = try build(records, root + "/site")
            #expect(built.rendered == 1)
        }
    }

    /// Run into a new folder each time, since the first run's making of the folder is where runs used to collide.
    @Test func runsIntoOneFolderAtOnceTakeTurns() throws {
        try withTemporaryFolder { root in
            let records = root + "/records"
            let ids = SiteFixtures.records(in: records, count: 4)
            for attempt in 1...40 {
                let site = root + "/site\(attempt)"
                let failures = Failures()
                DispatchQueue.concurrentPerform(iterations: 4) { _ in
                    do { _ = try build(records, site) } catch { failures.add("\(error)") }
                }
                #expect(failures.all.isEmpty, "\(failures.all)")
                #expect(SiteManifest.parse(fileBytes(site + "/.convene-site/manifest.jsonl"))?.entries.count == ids.count)
                let after = try build(records, site)
                #expect(after.rendered == 0)
            }
        }
    }

    /// Errors gathered from several threads.
    final class Failures: @unchecked Sendable {
        private let lock = NSLock()
        private var found: [String] = []
        func add(_ failure: String) { lock.lock(); found.append(failure); lock.unlock() }
        var all: [String] { lock.lock(); defer { lock.unlock() }; return found }
    }

    @Test func leftoversOfACutShortRunAreRemovedAndNothingElse() throws {
        try withSite { records, site, _ in
            writeFile(site + "/.index.html.tmp-4242", [0])
            writeFile(site + "/meetings/.x.html.tmp-17-140234", [0])
            writeFile(site + "/.tmp-notes", [1])
            try build(records, site)
            #expect(access(site + "/.index.html.tmp-4242", F_OK) != 0 && access(site + "/meetings/.x.html.tmp-17-140234", F_OK) != 0)
            #expect(fileBytes(site + "/.tmp-notes") == [1])
        }
    }
}
