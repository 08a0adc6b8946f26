import Foundation
import Testing
@testable import ConveneCore

/// The manifest: what marks a folder as a site, and every meeting's row read back exactly.
@Suite struct SiteManifestTests {
    let manifest: SiteManifest = {
        var unreadable = SiteMeeting(unreadableID: "2026-08-31-broken")
        unreadable.openedAt = Date(timeIntervalSince1970: 1_788_000_000.125)
        return SiteManifest(seriesPages: ["visioning", "none-abc123"], pageSizes: ["index.html": 2048, "search.html": 1 << 33], entries: [
            "2026-08-30-visioning": .init(size: 1234, modified: 1_788_000_000_123_456_789, meeting: SiteMeeting(record: SiteFixtures.record())),
            "2026-08-31-broken": .init(size: 5, modified: 6, meeting: unreadable),
        ])
    }()

    @Test func rowsReadBackExactlyWithHostileText() throws {
        let read = try #require(SiteManifest.parse(manifest.bytes()))
        #expect(read == manifest)
        let meeting = try #require(read.entries["2026-08-30-visioning"]?.meeting)
        #expect(meeting.people.contains(SiteFixtures.hostileName))
        #expect(meeting.roles == [.init(role: "facilitator", person: "Ana"), .init(role: "note-taker", person: SiteFixtures.hostileName)])
        #expect(meeting.decisionTexts == ["Meet monthly <always>"])
    }

    @Test func onlyAMarkedFileIsAManifest() {
        #expect(SiteManifest.parse(Array("{\"convene-site\":2}\n[\"renderer\",1]\n[\"series\"]\n[\"pages\"]\n".utf8)) == nil)
        #expect(SiteManifest.parse(Array("{\"convene-site\":1}\n[\"renderer\",1]\n[\"series\"]\n[\"pages\"]\n".utf8)) == SiteManifest())
        #expect(SiteManifest.parse(Array("<html>".utf8)) == nil)
        #expect(SiteManifest.isMarked(SiteManifest().bytes()))
    }

    @Test func seriesPagesThatCouldNameAnotherPathAreDropped() throws {
        let text = String(decoding: manifest.bytes(), as: UTF8.self)
            .replacingOccurrences(of: "[\"series\",\"visioning\",", with: "[\"series\",\"../../home/x\",\"a/b\",\"\",\"visioning\",")
        #expect(try #require(SiteManifest.parse(Array(text.utf8))).seriesPages == ["visioning", "none-abc123"])
    }

    @Test func aDamagedRowOnlyLosesThatMeeting() throws {
        var text = String(decoding: manifest.bytes(), as: UTF8.self)
        text = text.replacingOccurrences(of: "[\"2026-08-31-broken\",5,", with: "[\"2026-08-31-broken\",\"5\",")
        let read = try #require(SiteManifest.parse(Array(text.utf8)))
        #expect(Set(read.entries.keys) == ["2026-08-30-visioning"])
        #expect(read.seriesPages == ["visioning", "none-abc123"] && read.renderer == SiteManifest.renderer && read.pageSizes["search.html"] == 1 << 33)
    }
}
