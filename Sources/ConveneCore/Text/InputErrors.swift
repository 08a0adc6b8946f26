/// Every problem found in one file, so a person can fix them all in one pass.
public struct InputErrors: Error, Equatable, Sendable, CustomStringConvertible {
    public var errors: [InputError]

    public init(_ errors: [InputError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
