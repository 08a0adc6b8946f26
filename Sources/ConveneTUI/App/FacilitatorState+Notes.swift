import ConveneCore
import Foundation

extension FacilitatorState {
    /// Opens the note editor for the whole room (or keeps the one already open).
    mutating func openNotes() {
        guard noteTaker == nil else { return }
        noteTaker = JoinState(meeting: meeting, author: "facilitator", group: nil, askGroup: false, timeZone: roomClock.timeZone,
                              readOnlyReason: readOnlyReason)
    }

    /// A key while the note editor is open: it goes to the editor; leaving the editor closes it.
    public mutating func updateNotes(key: Key, now: Date, newID: () -> String) -> [Effect] {
        guard var editor = noteTaker else { return [] }
        let effects = editor.update(key: key, now: now, newID: newID)
        noteTaker = editor
        guard !effects.contains(where: { if case .quit = $0 { true } else { false } }) else {
            noteTaker = nil
            return []
        }
        return effects
    }
}
