/// Builds the most frequent events straight from flat JSON fields, skipping `JSONDecoder`.
///
/// Returns nil whenever a field is missing or of another type, so the decoder reads the line and
/// reports the problem exactly as it always has: this is only ever a faster route to the same event.
enum FastEvents {
    static func event(_ fields: [String: FlatJSON.Value]) -> Event? {
        guard case .string(let type)? = fields["type"], case .string(let by)? = fields["by"],
            case .string(let atText)? = fields["at"], let at = Timestamp.parse(atText) else { return nil }
        let payload: (any EventPayload)?
        switch type {
        case NoteAdded.type:
            guard let id = string(fields, "id"), let text = string(fields, "text"), let item = int(fields, "item"),
                let kindText = string(fields, "kind"), let kind = Note.Kind(rawValue: kindText),
                let round = optionalInt(fields, "round"), let group = optionalInt(fields, "group"),
                let owner = optionalString(fields, "owner"), let due = optionalString(fields, "due"),
                let person = optionalString(fields, "person"), let organizer = optionalString(fields, "organizer")
            else { return nil }
            payload = NoteAdded(id: id, kind: kind, text: text, item: item, round: round, group: group, owner: owner,
                                due: due, person: person, organizer: organizer)
        case NoteEdited.type:
            payload = string(fields, "id").flatMap { id in string(fields, "text").map { NoteEdited(id: id, text: $0) } }
        case NoteStruck.type: payload = string(fields, "id").map(NoteStruck.init)
        case ItemStarted.type: payload = int(fields, "item").map(ItemStarted.init)
        case TimerPaused.type: payload = TimerPaused()
        case TimerResumed.type: payload = TimerResumed()
        case MeetingEnded.type: payload = MeetingEnded()
        case ItemSkipped.type: payload = int(fields, "item").map(ItemSkipped.init)
        case ItemExtended.type:
            payload = int(fields, "item").flatMap { item in int(fields, "seconds").map { ItemExtended(item: item, seconds: $0) } }
        case ItemShortened.type:
            payload = int(fields, "item").flatMap { item in int(fields, "seconds").map { ItemShortened(item: item, seconds: $0) } }
        default: payload = nil
        }
        return payload.map { Event(at: at, by: by, $0) }
    }

    private static func string(_ fields: [String: FlatJSON.Value], _ key: String) -> String? {
        if case .string(let s)? = fields[key] { return s }
        return nil
    }

    private static func int(_ fields: [String: FlatJSON.Value], _ key: String) -> Int? {
        if case .integer(let n)? = fields[key] { return n }
        return nil
    }

    /// `.some(nil)` when absent or null, nil when present with the wrong type.
    private static func optionalString(_ fields: [String: FlatJSON.Value], _ key: String) -> String?? {
        switch fields[key] {
        case nil, .null?: return .some(nil)
        case .string(let s)?: return .some(s)
        default: return nil
        }
    }

    private static func optionalInt(_ fields: [String: FlatJSON.Value], _ key: String) -> Int?? {
        switch fields[key] {
        case nil, .null?: return .some(nil)
        case .integer(let n)?: return .some(n)
        default: return nil
        }
    }
}
