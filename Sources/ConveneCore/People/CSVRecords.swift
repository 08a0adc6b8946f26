/// Splits CSV lines into records (RFC 4180: quoted fields hold commas, doubled quotes and line breaks),
/// remembering the line each record starts on so errors can point at it.
struct CSVRecords {
    struct Record: Equatable {
        var line: Int
        var fields: [String]
    }

    /// Records of `lines` (already decoded, without line ends); `nil` names the line of an unclosed quote.
    static func split(_ lines: [String]) -> (records: [Record], unclosedQuoteLine: Int?) {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var startLine = 1
        for (offset, line) in lines.enumerated() {
            if !quoted {
                startLine = offset + 1
                fields = []
                field = ""
            } else {
                field.append("\n")
            }
            var chars = line.makeIterator()
            var pending: Character? = nil
            while let c = pending ?? chars.next() {
                pending = nil
                if quoted {
                    if c == "\"" {
                        if let next = chars.next() {
                            if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                        } else { quoted = false }
                    } else { field.append(c) }
                } else if c == "\"" && field.isEmpty {
                    quoted = true
                } else if c == "," {
                    fields.append(field)
                    field = ""
                } else {
                    field.append(c)
                }
            }
            if !quoted {
                fields.append(field)
                records.append(Record(line: startLine, fields: fields))
            }
        }
        return (records, quoted ? startLine : nil)
    }
}
