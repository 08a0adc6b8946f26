/// A rectangle of terminal cells: where a block of a screen is drawn.
public struct Rect: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var size: Size

    public init(x: Int, y: Int, size: Size) {
        self.x = x
        self.y = y
        self.size = size
    }
}
