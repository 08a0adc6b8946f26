/// Reads the agenda format of the product spec (§2), reporting every problem as `FILE:LINE: message`.
public struct AgendaParser {
    private let file: String
    private var errors: [InputError] = []
    private var title: String?
    private var titleLine = 0
    private var header: [String: (value: String, line: Int)] = [:]
    private var description: [String] = []
    private var items: [ItemDraft] = []

    /// Parses an agenda file's bytes; `file` is the name used in messages.
    public static func parse(_ bytes: [UInt8], file: String) throws(InputErrors) -> Agenda {
        let lines: [String]
        do { lines = try TextLines.decode(bytes, file: file) } catch { throw InputErrors([error]) }
        return try parse(lines: lines, file: file)
    }

    /// Parses an agenda already split into lines.
    public static func parse(lines: [String], file: String) throws(InputErrors) -> Agenda {
        var parser = AgendaParser(file: file)
        var comments = AgendaComments()
        for (offset, raw) in lines.enumerated() {
            parser.read(comments.strip(raw, number: offset + 1), line: offset + 1)
        }
        if let open = comments.unclosedLine {
            parser.fail(open, "a comment '<!--' is never closed with '-->'")
        }
        return try parser.finish(lineCount: lines.count)
    }

    private init(file: String) { self.file = file }

    private mutating func fail(_ line: Int, _ message: String) {
        errors.append(InputError(file: file, line: line, message: message))
    }

    private mutating func read(_ line: String, line number: Int) {
        let text = line.trimmingSpaces
        if text.isEmpty { return }
        if line.hasPrefix("# ") || line == "#" {
            readTitle(String(line.dropFirst(1)).trimmingSpaces, line: number)
        } else if line.hasPrefix("## ") || line == "##" {
            if title == nil { requireTitle(number) }
            readHeading(String(line.dropFirst(2)).trimmingSpaces, line: number)
        } else if title == nil {
            requireTitle(number)
        } else if let keyLine = AgendaKeyLine(text) {
            if items.isEmpty { readHeaderKey(keyLine, line: number) } else { readItemKey(keyLine, line: number) }
        } else if items.isEmpty {
            description.append(text)
        } else {
            items[items.count - 1].item.notes.append(text)
        }
    }

    private mutating func requireTitle(_ line: Int) {
        guard titleLine == 0 else { return }
        titleLine = -1
        fail(line, "the agenda must start with its title, a line like '# Visioning meeting'")
    }

    private mutating func readTitle(_ text: String, line: Int) {
        if title != nil || !items.isEmpty {
            fail(line, "a second '# ' title line; items start with '## ', like '## Welcome (10m)'")
        } else if text.isEmpty {
            fail(line, "the title line '#' has no title")
            title = ""
        } else {
            title = text
            if titleLine == 0 { titleLine = line }
        }
    }

    private mutating func readHeading(_ text: String, line: Int) {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else {
            fail(line, "the item '\(text)' has no duration; write it like '## \(text.isEmpty ? "Welcome" : text) (10m)'")
            items.append(ItemDraft(item: AgendaItem(title: text, seconds: 0, line: line)))
            return
        }
        let itemTitle = text[..<open].trimmingSpaces
        let durationText = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        if itemTitle.isEmpty { fail(line, "the item has a duration but no title; write '## Title (\(durationText))'") }
        let seconds = DurationText.parse(durationText)
        if seconds == nil {
            fail(line, "cannot read the duration '(\(durationText))'; write it like (90s), (10m), (10 min), (1h30m) or (2 hours)")
        }
        items.append(ItemDraft(item: AgendaItem(title: itemTitle, seconds: seconds ?? 0, line: line)))
    }

    private mutating func readHeaderKey(_ keyLine: AgendaKeyLine, line: Int) {
        guard AgendaKeyLine.headerKeys.contains(keyLine.key) else {
            if AgendaKeyLine.itemKeys.contains(keyLine.key) {
                fail(line, "'\(keyLine.key):' belongs under an item (after a '## Title (10m)' line)")
            } else {
                fail(line, "unknown key '\(keyLine.key):' (before the first item the keys are date, place, roles, warn, series)")
            }
            return
        }
        if let first = header[keyLine.key] {
            fail(line, "'\(keyLine.key):' is given twice (first on line \(first.line))")
            return
        }
        header[keyLine.key] = (keyLine.value, line)
    }

    private mutating func readItemKey(_ keyLine: AgendaKeyLine, line: Int) {
        let index = items.count - 1
        guard AgendaKeyLine.itemKeys.contains(keyLine.key) else {
            if AgendaKeyLine.headerKeys.contains(keyLine.key) && keyLine.key != "roles" {
                fail(line, "'\(keyLine.key):' belongs before the first item")
            } else {
                fail(line, "unknown key '\(keyLine.key):' (item keys are role, roles, prompt, cue, breakout, group roles, round); to keep it as a note write '- \(keyLine.key): …'")
            }
            return
        }
        let slot = keyLine.key == "role" ? "roles" : keyLine.key
        if let first = items[index].seen[slot] {
            fail(line, "'\(keyLine.key):' is given twice in this item (first on line \(first))")
            return
        }
        var draft = items[index]
        draft.seen[slot] = line
        readItemValue(keyLine, line: line, into: &draft)
        items[index] = draft
    }

    private mutating func readItemValue(_ keyLine: AgendaKeyLine, line: Int, into draft: inout ItemDraft) {
        let value = keyLine.value
        switch keyLine.key {
        case "role", "roles":
            if let roles = roleList(value, key: keyLine.key, line: line) { draft.item.roles = roles }
        case "group roles":
            if let roles = roleList(value, key: keyLine.key, line: line) { draft.item.groupRoles = roles }
        case "prompt":
            if value.isEmpty { fail(line, "'prompt:' is empty") } else { draft.item.prompt = value }
        case "cue":
            let interval = value.lowercased().hasPrefix("every ") ? String(value.dropFirst(6)) : value
            if let seconds = DurationText.parse(interval) {
                draft.item.cueSeconds = seconds
            } else {
                fail(line, "cannot read 'cue: \(value)'; write it like 'cue: every 10m'")
            }
        case "breakout":
            if let plan = BreakoutLine.parse(value) {
                draft.item.breakout = plan
            } else {
                fail(line, "cannot read 'breakout: \(value)'; write it like 'breakout: groups of 5, 2 rounds' or 'breakout: 8 groups'")
            }
        case "round":
            if let seconds = DurationText.parse(value) {
                draft.roundSeconds = (seconds, line)
            } else {
                fail(line, "cannot read 'round: \(value)'; write a duration like 'round: 15m'")
            }
        default:
            break
        }
    }

    private mutating func roleList(_ value: String, key: String, line: Int) -> [String]? {
        let names = value.split(separator: ",").map { $0.trimmingSpaces }
        guard !names.isEmpty, !names.contains(where: \.isEmpty) else {
            fail(line, "'\(key):' needs role names separated by commas, like '\(key): facilitator, note-taker'")
            return nil
        }
        var unique: [String] = []
        for name in names where !unique.contains(name) { unique.append(name) }
        return unique
    }

    private mutating func finish(lineCount: Int) throws(InputErrors) -> Agenda {
        if lineCount == 0 || (title == nil && items.isEmpty && titleLine == 0) {
            if errors.isEmpty {
                fail(1, "the agenda is empty; it needs a title line '# Title' and items like '## Welcome (10m)'")
            }
        } else if items.isEmpty && title != nil {
            fail(max(lineCount, 1), "the agenda has no items; add one like '## Welcome (10m)'")
        }
        var agenda = Agenda(title: title ?? "", items: [])
        agenda.description = description.joined(separator: "\n")
        readHeader(into: &agenda)
        for draft in items { agenda.items.append(finishItem(draft)) }
        guard errors.isEmpty else {
            throw InputErrors(errors.sorted { $0.line < $1.line })
        }
        return agenda
    }

    private mutating func readHeader(into agenda: inout Agenda) {
        if let (value, line) = header["date"] {
            agenda.date = AgendaDate.parse(value)
            if agenda.date == nil { fail(line, "cannot read 'date: \(value)'; write it like 'date: 2026-08-30 14:00' (the time is optional)") }
        }
        if let (value, _) = header["place"] { agenda.place = value }
        if let (value, line) = header["series"] {
            agenda.series = value
            if value.isEmpty { fail(line, "'series:' needs a name, such as 'series: health justice working group'") }
        }
        if let (value, line) = header["roles"] { agenda.roles = roleList(value, key: "roles", line: line) ?? [] }
        if let (value, line) = header["warn"] {
            if let warn = WarnThreshold.parse(value) {
                agenda.warn = warn
            } else {
                fail(line, "cannot read 'warn: \(value)'; write a duration like 'warn: 2m' or a share like 'warn: 20%'")
            }
        }
    }

    private mutating func finishItem(_ draft: ItemDraft) -> AgendaItem {
        var item = draft.item
        if let (seconds, line) = draft.roundSeconds {
            if var plan = item.breakout {
                if seconds * plan.rounds > item.seconds && item.seconds > 0 {
                    fail(line, "\(plan.rounds) rounds of \(DurationText.format(seconds)) do not fit in the item's \(DurationText.format(item.seconds))")
                }
                plan.roundSeconds = seconds
                item.breakout = plan
            } else {
                fail(line, "'round:' needs a 'breakout:' line in the same item")
            }
        }
        if let line = draft.seen["group roles"], item.breakout == nil {
            fail(line, "'group roles:' needs a 'breakout:' line in the same item")
        }
        return item
    }
}

/// An item being read, with where each key was first seen.
private struct ItemDraft {
    var item: AgendaItem
    var seen: [String: Int] = [:]
    var roundSeconds: (Int, Int)?
}
