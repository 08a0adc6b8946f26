/// A terminal's size in columns and rows.
public struct Size: Equatable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// The smallest terminal every screen is designed for (spec §6).
    public static let minimum = Size(width: 60, height: 18)

    public var isBelowMinimum: Bool { width < Self.minimum.width || height < Self.minimum.height }
}
