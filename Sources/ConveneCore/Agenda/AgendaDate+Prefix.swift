extension AgendaDate {
    /// Whether `text` begins with a real calendar day `YYYY-MM-DD`, read straight from its bytes: the overdue check
    /// runs on every open item of an archive, where splitting strings would dominate.
    static func startsWithDay(_ text: String) -> Bool {
        var digits: [Int] = []
        digits.reserveCapacity(8)
        for (offset, byte) in text.utf8.prefix(10).enumerated() {
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return false }
            } else {
                guard (0x30...0x39).contains(byte) else { return false }
                digits.append(Int(byte - 0x30))
            }
        }
        guard digits.count == 8 else { return false }
        let year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
        let month = digits[4] * 10 + digits[5], day = digits[6] * 10 + digits[7]
        return (1...12).contains(month) && (1...daysIn(month: month, year: year)).contains(day)
    }
}
