import CNcurses
import ConveneTUI

/// How styles look on this terminal: colours when allowed, attributes always, so meaning survives mono.
struct Theme {
    /// The themes `--theme` names; `NO_COLOR` and `--no-color` choose mono.
    enum Kind: String, CaseIterable {
        case color, highContrast = "high-contrast", mono
    }

    /// How one style is drawn: foreground and background colours (-1 the terminal's own, nil no colour)
    /// and attributes, which alone must keep every state distinct.
    struct Look: Equatable {
        var foreground: Int16?
        var background: Int16 = -1
        var attributes: attr_t
    }

    /// The kind in effect: mono when colours are not wanted or the terminal has none.
    let kind: Kind

    init(kind: Kind, colorsAvailable: Bool) {
        self.kind = colorsAvailable ? kind : .mono
    }

    func look(_ style: Style) -> Look { Self.look(style, kind: kind) }

    /// The look of a style in a theme, independent of the terminal (so it can be tested).
    static func look(_ style: Style, kind: Kind) -> Look {
        let bold = convene_A_BOLD, reverse = convene_A_REVERSE, dim = convene_A_DIM, underline = convene_A_UNDERLINE
        switch kind {
        case .mono:
            let mono: [Style: attr_t] = [
                .dim: dim, .bold: bold, .heading: bold, .accent: underline, .selected: reverse, .good: bold,
                .warning: bold | underline, .overrun: bold | reverse, .status: reverse, .alert: bold | reverse,
                .fillWarning: bold, .fillOverrun: bold, .fillDim: dim,
            ]
            return Look(foreground: nil, attributes: mono[style] ?? 0)
        case .color:
            switch style {
            case .plain: return Look(foreground: nil, attributes: 0)
            case .dim: return Look(foreground: nil, attributes: dim)
            case .bold: return Look(foreground: nil, attributes: bold)
            case .heading: return Look(foreground: Int16(COLOR_CYAN), attributes: bold)
            case .accent: return Look(foreground: Int16(COLOR_CYAN), attributes: 0)
            case .selected, .status: return Look(foreground: nil, attributes: reverse)
            case .good: return Look(foreground: Int16(COLOR_GREEN), attributes: bold)
            case .warning: return Look(foreground: Int16(COLOR_YELLOW), attributes: bold)
            case .overrun: return Look(foreground: Int16(COLOR_RED), attributes: bold)
            case .alert: return Look(foreground: Int16(COLOR_YELLOW), attributes: bold | reverse)
            case .fill, .fillGood: return Look(foreground: nil, attributes: 0)
            case .fillWarning: return Look(foreground: Int16(COLOR_YELLOW), attributes: bold)
            case .fillOverrun: return Look(foreground: Int16(COLOR_RED), attributes: bold)
            case .fillDim: return Look(foreground: nil, attributes: dim)
            }
        case .highContrast:
            // White and bold on black, states as solid blocks of colour; nothing dim, which low vision loses.
            let black = Int16(COLOR_BLACK), white = Int16(COLOR_WHITE)
            switch style {
            case .plain, .dim: return Look(foreground: white, background: black, attributes: 0)
            case .bold, .heading, .good: return Look(foreground: white, background: black, attributes: bold)
            case .accent: return Look(foreground: white, background: black, attributes: bold | underline)
            case .selected, .status: return Look(foreground: black, background: white, attributes: bold)
            case .warning: return Look(foreground: black, background: Int16(COLOR_YELLOW), attributes: bold)
            case .overrun: return Look(foreground: white, background: Int16(COLOR_RED), attributes: bold)
            case .alert: return Look(foreground: black, background: Int16(COLOR_YELLOW), attributes: bold | underline)
            case .fill, .fillGood, .fillDim: return Look(foreground: white, background: black, attributes: 0)
            case .fillWarning: return Look(foreground: Int16(COLOR_YELLOW), background: black, attributes: 0)
            case .fillOverrun: return Look(foreground: Int16(COLOR_RED), background: black, attributes: 0)
            }
        }
    }
}
