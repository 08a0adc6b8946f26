import Testing
@testable import ConveneCore

/// Series page names: readable for plain words, distinct and path-safe for everything else.
@Suite struct SiteSeriesTests {
    @Test func plainWordsReadAsTheyAre() {
        #expect(SiteSeries.slug("visioning") == "visioning")
        #expect(SiteSeries.slug("healthcare visioning 2") == "healthcare-visioning-2")
    }

    @Test func otherNamesGetAStableHashSoTheyNeverShareAPage() {
        let names = ["co-op", "co op", "山田の会", "", "Zoë", "../etc", String(repeating: "a", count: 80)]
        let slugs = names.map(SiteSeries.slug)
        #expect(Set(slugs).count == names.count)
        #expect(slugs.allSatisfy(MeetingID.isValid), "\(slugs)")
        #expect(slugs[0] != "co-op" && slugs[1] == "co-op", "only the plain name gets the plain page")
        #expect(SiteSeries.slug("山田の会") == slugs[2] && slugs[3].hasPrefix("none-"))
    }
}
