/// What a piece of screen text means; the terminal's theme turns meaning into colours and attributes.
///
/// Styles are semantic so that a monochrome theme can still show every state (with bold, reverse,
/// underline) and so pictures in tests read as meaning, not as colour numbers.
public enum Style: UInt8, Sendable, CaseIterable {
    case plain, dim, bold, heading, accent, selected, good, warning, overrun, status, alert
    /// Big digits (`█` and blanks in one style): running digits have no colour or attribute at all, so the
    /// terminal is sent characters only; warning and overrun colour them as the words do.
    case fill, fillGood, fillWarning, fillOverrun, fillDim

    /// The solid-block form of a text style, for big digits in that state.
    public var filled: Style {
        switch self {
        case .good: .fillGood
        case .warning: .fillWarning
        case .overrun: .fillOverrun
        case .dim: .fillDim
        default: .fill
        }
    }

    /// One letter per style for picture tests: `.` plain, others their initial.
    public var letter: Character {
        switch self {
        case .plain: "."
        case .dim: "d"
        case .bold: "b"
        case .heading: "h"
        case .accent: "a"
        case .selected: "s"
        case .good: "g"
        case .warning: "w"
        case .overrun: "o"
        case .status: "t"
        case .alert: "!"
        case .fill: "#"
        case .fillGood: "G"
        case .fillWarning: "W"
        case .fillOverrun: "O"
        case .fillDim: "D"
        }
    }
}
