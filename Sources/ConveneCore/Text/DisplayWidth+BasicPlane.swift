extension DisplayWidth {
    /// The table's codes for every code point below U+10000, one byte each, expanded once: nearly all names and
    /// notes live there, and a screen redrawn every second measures thousands of them.
    static let basicPlane: [UInt8] = {
        var codes = [UInt8](repeating: 2, count: 0x10000)
        var index = 0
        while index + 2 < table.count {
            let first = table[index], last = min(table[index + 1], 0xFFFF), code = UInt8(table[index + 2])
            if first <= last { for value in first...last { codes[Int(value)] = code } }
            index += 3
        }
        return codes
    }()
}
