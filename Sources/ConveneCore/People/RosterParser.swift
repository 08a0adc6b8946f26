/// Reads a roster (spec §3): CSV with a header row naming a `name` column, or plain text with one name per line.
public enum RosterParser {
    /// The roster in file order, or every problem found, each as `FILE:LINE: message`.
    public static func parse(_ bytes: [UInt8], file: String) throws(InputErrors) -> Roster {
        let lines: [String]
        do { lines = try TextLines.decode(bytes, file: file) } catch { throw InputErrors([error]) }
        let header = lines.first.map { CSVRecords.split([$0]).records.first?.fields ?? [] } ?? []
        let columns = header.map { $0.trimmingSpaces.lowercased() }
        let draft = columns.contains("name")
            ? csvPeople(lines, columns: columns, file: file)
            : plainPeople(lines)
        var errors = draft.errors
        errors += checked(draft.people, file: file)
        guard errors.isEmpty else { throw InputErrors(errors.sorted { $0.line < $1.line }) }
        return Roster(people: draft.people.map(\.person))
    }

    struct Row {
        var line: Int
        var person: Person
    }

    static func plainPeople(_ lines: [String]) -> (people: [Row], errors: [InputError]) {
        let people = lines.enumerated().compactMap { offset, line -> Row? in
            let name = line.trimmingSpaces
            return name.isEmpty ? nil : Row(line: offset + 1, person: Person(name: name))
        }
        return (people, [])
    }

    static func csvPeople(_ lines: [String], columns: [String], file: String) -> (people: [Row], errors: [InputError]) {
        let (records, unclosed) = CSVRecords.split(Array(lines.dropFirst()))
        var errors: [InputError] = []
        if let unclosed {
            errors.append(InputError(file: file, line: unclosed + 1, message: "a quoted field is never closed; add the closing \""))
        }
        var people: [Row] = []
        for record in records {
            let line = record.line + 1
            if record.fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
            guard record.fields.count <= columns.count else {
                errors.append(InputError(file: file, line: line,
                    message: "this row has \(record.fields.count) fields but the header names \(columns.count); quote fields that contain commas"))
                continue
            }
            var person = Person(name: "")
            for (column, raw) in zip(columns, record.fields) {
                let value = raw.trimmingSpaces
                switch column {
                case "name": person.name = value
                case "tags": person.tags = list(value)
                case "pronouns": person.pronouns = value.isEmpty ? nil : value
                case "not-with": person.notWith = list(value)
                default: if !value.isEmpty { person.attributes[column] = value }
                }
            }
            guard !person.name.isEmpty else {
                errors.append(InputError(file: file, line: line, message: "this row has no name; every row needs one"))
                continue
            }
            people.append(Row(line: line, person: person))
        }
        return (people, errors)
    }

    static func list(_ value: String) -> [String] {
        value.split(separator: ";").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
    }

    /// Duplicate names (citing both lines) and `not-with` names that match nobody.
    static func checked(_ people: [Row], file: String) -> [InputError] {
        var errors: [InputError] = []
        var firstLine: [String: Int] = [:]
        for row in people {
            if let earlier = firstLine[row.person.name] {
                errors.append(InputError(file: file, line: row.line,
                    message: "\"\(row.person.name)\" is already on line \(earlier); names must be unique (add an initial)"))
            } else {
                firstLine[row.person.name] = row.line
            }
        }
        for row in people {
            for other in row.person.notWith where firstLine[other] == nil {
                errors.append(InputError(file: file, line: row.line, message: "not-with names \"\(other)\", who is not on this roster"))
            }
        }
        return errors
    }
}
