/// A key press as the screens understand it, independent of any terminal library.
public enum Key: Equatable, Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case enter, escape, backspace, delete, tab, backTab
    case home, end, pageUp, pageDown
    case function(Int)
    case resize
}
