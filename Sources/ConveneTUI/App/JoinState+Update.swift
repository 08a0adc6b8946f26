import ConveneCore
import Foundation

extension JoinState {
    /// Handles one key; `newID` names the note should Enter save one (ids are made outside the core).
    public mutating func update(key: Key, now: Date, newID: () -> String) -> [Effect] {
        switch stage {
        case .pickGroup: return pickKey(key)
        case .capture: return captureKey(key, now: now, newID: newID)
        }
    }

    private mutating func pickKey(_ key: Key) -> [Effect] {
        switch key {
        case .escape: return [.quit]
        case .enter:
            let text = picker.text
            guard text.isEmpty || Int(text).map({ (1...999).contains($0) }) == true else {
                notice = "type a group number from 1 to 999, or nothing for the whole room"
                return []
            }
            group = Int(text)
            stage = .capture
            notice = nil
            return []
        case .character(let c) where !c.isNumber && LineEditor.isTypeable(c):
            notice = "group numbers are digits"
            return []
        default:
            picker.handle(key)
            return []
        }
    }

    private mutating func captureKey(_ key: Key, now: Date, newID: () -> String) -> [Effect] {
        if pending == nil { notice = nil }
        switch key {
        case .tab, .function(2):
            kind = Self.cycle(kind, by: 1)
            return []
        case .backTab:
            kind = Self.cycle(kind, by: -1)
            return []
        case .character("\u{07}"):
            picker = LineEditor(text: group.map(String.init) ?? "")
            stage = .pickGroup
            return []
        case .escape:
            guard editor.isEmpty else {
                notice = "Enter saves the note, Ctrl-U clears it; then Esc leaves"
                return []
            }
            return [.quit]
        case .enter:
            return save(now: now, newID: newID)
        default:
            if editor.handle(key) { savedAt = nil }
            return []
        }
    }

    private mutating func save(now: Date, newID: () -> String) -> [Effect] {
        let text = editor.text
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { return [] }
        if let readOnlyReason {
            notice = "read-only, not saved: \(readOnlyReason)"
            return []
        }
        let id = newID()
        let place = NotePlace.of(meeting, group: group, now: now)
        let note = place.added(id: id, kind: kind, text: text, author: author, people: meeting.people.map(\.name))
        pending = id
        return [.append([note])]
    }

    private static func cycle(_ kind: Note.Kind, by step: Int) -> Note.Kind {
        let all = Note.Kind.allCases
        let index = all.firstIndex(of: kind) ?? 0
        return all[(index + step + all.count) % all.count]
    }
}
