/// One terminal column: the text drawn there and its style.
///
/// A wide character fills its first column; the column after it holds an empty continuation cell. The text is
/// kept as up to 12 bytes of UTF-8 inside the cell (16 bytes in all), so a screen is plain memory: building,
/// copying and diffing one every second allocates nothing, counts no references and stays small in the cache.
public struct Cell: Equatable, Sendable {
    /// The UTF-8 bytes, first byte lowest: eight in `low`, four more in `high`.
    private var low: UInt64 = 0
    private var high: UInt32 = 0
    private var count: UInt8 = 0
    public var style: Style

    /// Most bytes a cell keeps: enough for a Thai or Devanagari letter with two marks; marks beyond that are
    /// dropped from the screen (never from the record), as ncurses keeps at most five code points in a cell.
    static let capacity = 12

    public init(_ text: String = " ", style: Style = .plain) {
        self.style = style
        for byte in text.utf8 where !append(byte) { break }
    }

    /// A cell holding one code point, without making a string.
    init(_ scalar: Unicode.Scalar, style: Style) {
        self.style = style
        let value = scalar.value
        if value < 0x80 {
            low = UInt64(value)
            count = 1
        } else {
            for byte in scalar.utf8 { _ = append(byte) }
        }
    }

    public static let blank = Cell()

    public var isContinuation: Bool { count == 0 }

    /// The text drawn in this column (empty for the second half of a wide character).
    public var text: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(count))
        appendText(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the text's UTF-8 bytes, without making a string.
    func appendText(to bytes: inout [UInt8]) {
        for index in 0..<Int(count) { bytes.append(byte(at: index)) }
    }

    /// Adds a combining mark after the character; false, and nothing added, when it would not fit whole.
    @discardableResult
    mutating func append(_ scalar: Unicode.Scalar) -> Bool {
        guard Int(count) + scalar.utf8.count <= Self.capacity else { return false }
        for byte in scalar.utf8 { _ = append(byte) }
        return true
    }

    private mutating func append(_ byte: UInt8) -> Bool {
        let index = Int(count)
        guard index < Self.capacity else { return false }
        if index < 8 { low |= UInt64(byte) << (8 * index) } else { high |= UInt32(byte) << (8 * (index - 8)) }
        count += 1
        return true
    }

    private func byte(at index: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: index < 8 ? low >> (8 * index) : UInt64(high >> (8 * (index - 8))))
    }
}
