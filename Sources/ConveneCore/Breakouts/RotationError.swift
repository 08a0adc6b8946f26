/// A rotation that cannot be planned as asked, with a message a facilitator can act on.
public struct RotationError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
