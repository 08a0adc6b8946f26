/// One terminal column: the text drawn there and its style.
///
/// A wide character fills its first column; the column after it holds an empty continuation cell.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String = " ", style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell()
    public var isContinuation: Bool { text.isEmpty }
}
