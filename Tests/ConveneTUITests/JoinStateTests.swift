import ConveneCore
import ConveneTUI
import Foundation
import Testing

/// The note-taker's state: saving, acknowledging only after read-back, keeping text on failure, kinds, the group picker.
@Suite struct JoinStateTests {
    static let start = Date(timeIntervalSince1970: 1_788_098_400)

    static func meeting(_ events: [(TimeInterval, any EventPayload)] = [], by: String = "fac") -> Meeting {
        var meeting = Meeting(opened: MeetingOpened(id: "m", agendaFile: "v.md", agenda: Samples.visioning, roster: .empty), at: start, by: "t")
        for (offset, payload) in events { meeting.apply(Event(at: start.addingTimeInterval(offset), by: by, payload)) }
        return meeting
    }

    static func state(group: Int? = 2, askGroup: Bool = false, events: [(TimeInterval, any EventPayload)] = [(0, ItemStarted(item: 2))]) -> JoinState {
        JoinState(meeting: meeting(events), author: "Ana", group: group, askGroup: askGroup, timeZone: TimeZone(identifier: "UTC")!)
    }

    private func type(_ text: String, into state: inout JoinState) {
        for c in text { _ = state.update(key: .character(c), now: Self.start, newID: { "x" }) }
    }

    private func enter(_ state: inout JoinState, at offset: TimeInterval = 60, id: String = "ana-1") -> [any EventPayload] {
        let effects = state.update(key: .enter, now: Self.start.addingTimeInterval(offset), newID: { id })
        guard case .append(let payloads)? = effects.first else { return [] }
        return payloads
    }

    @Test func enterAppendsANoteForTheGroupRoundAndItemButKeepsTheTextUntilReadBack() throws {
        var state = Self.state()
        type("水道 for all", into: &state)
        let note = try #require(enter(&state, at: 21 * 60).first as? NoteAdded)
        #expect(note == NoteAdded(id: "ana-1", kind: .note, text: "水道 for all", item: 2, round: 2, group: 2))
        #expect(state.editor.text == "水道 for all")
        #expect(state.savedAt == nil)
        state.receive([Event(at: Self.start.addingTimeInterval(61), by: "Ana", note)])
        #expect(state.editor.isEmpty)
        #expect(state.savedAt == Self.start.addingTimeInterval(61))
        #expect(state.meeting.notes["ana-1"]?.text == "水道 for all")
    }

    @Test func othersNotesDoNotAcknowledgeMine() throws {
        var state = Self.state()
        type("mine", into: &state)
        _ = enter(&state)
        state.receive([Event(at: Self.start, by: "Bo", NoteAdded(id: "bo-1", text: "theirs", item: 2, group: 1))])
        #expect(state.editor.text == "mine")
        #expect(state.pending == "ana-1")
    }

    @Test func aRefusedWriteKeepsTheTextAndSaysWhy() {
        var state = Self.state()
        type("do not lose me", into: &state)
        _ = enter(&state)
        state.show(problem: "NOT SAVED: cannot write: No space left on device")
        #expect(state.editor.text == "do not lose me")
        #expect(state.pending == nil)
        #expect(state.notice?.contains("No space left on device") == true)
        #expect(state.notice?.hasPrefix("Your text is kept") == true)
        #expect(enter(&state, id: "ana-2").count == 1)
    }

    @Test func tabCyclesKindsAndActionsAndFollowUpsTakeNamesFromTheText() throws {
        var state = Self.state()
        let kinds = (0..<6).map { _ -> Note.Kind in
            _ = state.update(key: .tab, now: Self.start, newID: { "" })
            return state.kind
        }
        #expect(kinds == [.idea, .decision, .action, .followUp, .quote, .note])
        _ = state.update(key: .backTab, now: Self.start, newID: { "" })
        _ = state.update(key: .backTab, now: Self.start, newID: { "" })
        #expect(state.kind == .followUp)
        type("call @Rosa, soon @Li", into: &state)
        let followUp = try #require(enter(&state).first as? NoteAdded)
        #expect(followUp.person == "Rosa")
        #expect(followUp.organizer == "Li")
        var action = Self.state()
        action.kind = .action
        type("book the hall @José", into: &action)
        let added = try #require(enter(&action).first as? NoteAdded)
        #expect(added.kind == .action)
        #expect(added.owner == "José")
    }

    @Test func emptyLinesAndReadOnlyLogsSaveNothing() {
        var state = Self.state()
        type("   ", into: &state)
        #expect(enter(&state).isEmpty)
        var readOnly = Self.state()
        readOnly.readOnlyReason = "line 3 is unreadable"
        type("x", into: &readOnly)
        #expect(enter(&readOnly).isEmpty)
        #expect(readOnly.notice?.contains("not saved") == true)
    }

    @Test func escapeLeavesOnlyWhenNothingIsTyped() {
        var state = Self.state()
        type("half", into: &state)
        #expect(state.update(key: .escape, now: Self.start, newID: { "" }).isEmpty)
        #expect(state.notice != nil)
        _ = state.update(key: .character("\u{15}"), now: Self.start, newID: { "" })
        let effects = state.update(key: .escape, now: Self.start, newID: { "" })
        #expect(effects.count == 1)
        if case .quit? = effects.first {} else { Issue.record("expected quit") }
    }

    @Test func groupPickerTakesDigitsAndEnter() {
        var state = Self.state(group: nil, askGroup: true)
        #expect(state.stage == .pickGroup)
        type("x3", into: &state)
        #expect(state.picker.text == "3")
        #expect(state.notice == "group numbers are digits")
        _ = state.update(key: .enter, now: Self.start, newID: { "" })
        #expect(state.stage == .capture)
        #expect(state.group == 3)
        _ = state.update(key: .character("\u{07}"), now: Self.start, newID: { "" })
        #expect(state.stage == .pickGroup)
        #expect(state.picker.text == "3")
    }

    @Test func mentionsAreNamesAfterAt() {
        #expect(JoinState.mentions("ask @Rosa, and @李明. Not me@x or @") == ["Rosa", "李明"])
    }

    @Test func aFirstNameOnlyOnePersonHasIsThatPerson() {
        let people = ["Ama Owusu", "Chidi Eze", "Chidi", "María López", "Maria Chen", "Émilie Tremblay"]
        #expect(JoinState.mentions("@ama, @emilie and @Chidi", among: people) == ["Ama Owusu", "Émilie Tremblay", "Chidi"])
        #expect(JoinState.mentions("@maria", among: people) == ["maria"], "two Marias: kept as typed")
        #expect(JoinState.mentions("@Am @Kofi", among: people) == ["Am", "Kofi"], "only a whole first name counts")
    }

    @Test func aMentionOfANameOfSeveralWordsIsTheWholeName() {
        let people = ["Chidi Eze", "Chidi", "Miguel Ángel Ruiz", "Ama Owusu"]
        #expect(JoinState.mentions("ask @chidi eze. then @Miguel Ángel Ruiz and @Ama later", among: people) == ["Chidi Eze", "Miguel Ángel Ruiz", "Ama Owusu"])
        let place = NotePlace.of(Self.meeting(), group: nil, now: Self.start)
        let action = place.added(id: "a", kind: .action, text: "Book the hall @Chidi Eze", author: "Ana", people: people)
        #expect(action.owner == "Chidi Eze")
        let followUp = place.added(id: "f", kind: .followUp, text: "@Ama Owusu about the clinic @Chidi", author: "Ana", people: people)
        #expect(followUp.person == "Ama Owusu")
        #expect(followUp.organizer == "Chidi")
    }
}
