import CNcurses
import ConveneTUI

/// How styles look on this terminal: colours when allowed, attributes always, so meaning survives mono.
struct Theme {
    enum Kind: String {
        case color, mono
    }

    private var table: [Style: (attributes: attr_t, pair: Int16)] = [:]

    init(kind: Kind, colorsAvailable: Bool) {
        let color = kind == .color && colorsAvailable
        let bold = convene_A_BOLD, reverse = convene_A_REVERSE, dim = convene_A_DIM, underline = convene_A_UNDERLINE
        let pairs: [(Style, Int16, attr_t, attr_t)] = [
            (.plain, 0, 0, 0),
            (.dim, 0, dim, dim),
            (.bold, 0, bold, bold),
            (.heading, Int16(COLOR_CYAN), bold, bold),
            (.accent, Int16(COLOR_CYAN), 0, underline),
            (.selected, 0, reverse, reverse),
            (.good, Int16(COLOR_GREEN), bold, bold),
            (.warning, Int16(COLOR_YELLOW), bold, bold | underline),
            (.overrun, Int16(COLOR_RED), bold, bold | reverse),
            (.status, 0, reverse, reverse),
            (.alert, Int16(COLOR_YELLOW), bold | reverse, bold | reverse),
            (.fill, 0, reverse, reverse),
            (.fillGood, Int16(COLOR_GREEN), reverse, reverse),
            (.fillWarning, Int16(COLOR_YELLOW), reverse, reverse),
            (.fillOverrun, Int16(COLOR_RED), reverse, reverse),
            (.fillDim, 0, reverse | dim, reverse | dim),
        ]
        for (index, (style, foreground, colorAttributes, monoAttributes)) in pairs.enumerated() {
            if color && foreground != 0 {
                let pair = Int16(index + 1)
                init_pair(pair, foreground, -1)
                table[style] = (colorAttributes, pair)
            } else {
                table[style] = (color ? colorAttributes : monoAttributes, 0)
            }
        }
    }

    func look(_ style: Style) -> (attributes: attr_t, pair: Int16) { table[style] ?? (0, 0) }
}
