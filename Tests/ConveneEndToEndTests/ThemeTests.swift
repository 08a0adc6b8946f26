import CNcurses
@testable import convene
import ConveneTUI
import Testing

/// Every theme keeps every state distinct by attributes alone, so meaning never rests on colour.
@Suite struct ThemeTests {
    @Test func monoUsesNoColourAndDistinctAttributesForWarningAndOverrun() {
        for style in Style.allCases { #expect(Theme.look(style, kind: .mono).foreground == nil, "\(style)") }
        let states: [Style] = [.good, .warning, .overrun, .plain]
        let attributes = states.map { Theme.look($0, kind: .mono).attributes }
        #expect(Set(attributes).count == states.count)
        #expect(Theme.look(.warning, kind: .mono).attributes & convene_A_UNDERLINE != 0)
        #expect(Theme.look(.overrun, kind: .mono).attributes & convene_A_REVERSE != 0)
    }

    @Test func highContrastGivesWarningAndOverrunTheirOwnSolidBackgrounds() {
        let warning = Theme.look(.warning, kind: .highContrast), overrun = Theme.look(.overrun, kind: .highContrast)
        #expect(warning.background == Int16(COLOR_YELLOW))
        #expect(overrun.background == Int16(COLOR_RED))
        for style in Style.allCases {
            let look = Theme.look(style, kind: .highContrast)
            #expect(look.attributes & convene_A_DIM == 0, "\(style) is dim")
            #expect(look.foreground != nil && look.background != -1, "\(style) leaves the terminal's colours")
        }
    }

    @Test func runningDigitsCarryNoColourOrAttributeSoATickSendsOnlyCharacters() {
        for style in [Style.fill, .fillGood] {
            let look = Theme.look(style, kind: .color)
            #expect(look.foreground == nil && look.attributes == 0, "\(style)")
        }
        #expect(Theme.look(.fillWarning, kind: .color).foreground == Int16(COLOR_YELLOW))
        #expect(Theme.look(.fillOverrun, kind: .color).foreground == Int16(COLOR_RED))
        #expect(Theme.look(.fillDim, kind: .mono).attributes == convene_A_DIM)
    }

    @Test func themeNamesAreTheOnesTheHelpGives() {
        #expect(Theme.Kind.allCases.map(\.rawValue) == ["color", "high-contrast", "mono"])
    }
}
