import Testing
@testable import ConveneCore

/// The site's colours pass WCAG AA for normal text (4.5:1) everywhere they are drawn, and the stylesheet uses no other.
@Suite struct SitePaletteTests {
    @Test func contrastMatchesWCAGReferencePoints() {
        let black = SitePalette.Colour(name: "black", hex: "#000000"), white = SitePalette.Colour(name: "white", hex: "#ffffff")
        #expect(abs(SitePalette.contrast(black, white) - 21) < 0.001)
        #expect(abs(SitePalette.contrast(white, white) - 1) < 0.001)
        #expect(abs(SitePalette.contrast(SitePalette.Colour(name: "grey", hex: "#767676"), white) - 4.54) < 0.01)
    }

    @Test func everyInkIsReadableOnEveryGround() {
        for ink in SitePalette.inks {
            for ground in SitePalette.grounds {
                #expect(SitePalette.contrast(ink, ground) >= 4.5, "\(ink.name) on \(ground.name): \(SitePalette.contrast(ink, ground))")
            }
        }
    }

    @Test func theStylesheetUsesOnlyPaletteColours() {
        let palette = Set((SitePalette.inks + SitePalette.grounds).map(\.hex))
        let used = SiteStyle.css.split(separator: "#").dropFirst().map { "#" + $0.prefix(6) }
        #expect(!used.isEmpty)
        #expect(used.allSatisfy(palette.contains), "\(used.filter { !palette.contains($0) })")
        #expect(!SiteStyle.css.contains("rgb(") && !SiteStyle.css.contains("hsl("))
    }
}
