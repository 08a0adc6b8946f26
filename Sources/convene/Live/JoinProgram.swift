import ConveneCore
import ConveneTUI
import Foundation

/// The note-taker screen as a live program; note ids are made here, outside the pure state.
struct JoinProgram: LiveProgram {
    var state: JoinState

    func render(size: Size, now: Date) -> ScreenBuffer { JoinView.render(state, size: size, now: now) }

    mutating func handle(_ key: Key, now: Date) -> [Effect] {
        let author = state.author
        return state.update(key: key, now: now) { NoteID.make(author: author) }
    }

    mutating func receive(_ events: [Event]) { state.receive(events) }

    func tick(from: Date, to: Date) -> [Effect] { [] }

    mutating func show(problem: String) { state.show(problem: problem) }

    func nextChange(after now: Date) -> Date { NextChange.minuteBoundary(after: now) }
}
