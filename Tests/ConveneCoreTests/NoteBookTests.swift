import ConveneCore
import Foundation
import Testing

/// Notes fold from their events: added once, edited with history kept, struck but never removed.
@Suite struct NoteBookTests {
    private let at = Date(timeIntervalSince1970: 1_788_098_400)

    private func meeting(_ payloads: [any EventPayload]) -> Meeting {
        let agenda = Agenda(title: "Notes", items: [AgendaItem(title: "Breakouts", seconds: 600)])
        var meeting = Meeting(opened: MeetingOpened(id: "m", agendaFile: "a.md", agenda: agenda, roster: .empty), at: at, by: "lead")
        for (offset, payload) in payloads.enumerated() {
            meeting.apply(Event(at: at.addingTimeInterval(Double(offset)), by: "Maya", payload))
        }
        return meeting
    }

    @Test func addEditStrike() throws {
        let folded = meeting([
            NoteAdded(id: "a", kind: .idea, text: "Clinics open late", item: 0, round: 1, group: 3),
            NoteAdded(id: "a", text: "a duplicate id is ignored", item: 0),
            NoteEdited(id: "a", text: "Clinics open at night"),
            NoteAdded(id: "b", kind: .followUp, text: "Talk about the union", item: 0, person: "Amara", organizer: "Lee"),
            NoteStruck(id: "b"),
            NoteEdited(id: "missing", text: "ignored"),
        ])
        #expect(folded.notes.all.count == 2)
        let a = try #require(folded.notes["a"])
        #expect(a.text == "Clinics open at night")
        #expect(a.history == ["Clinics open late"])
        #expect(a.author == "Maya")
        #expect(folded.notes.notes(group: 3).map(\.id) == ["a"])
        #expect(folded.notes["b"]?.struck == true)
        #expect(folded.notes["b"]?.kind == .followUp)
    }

    @Test func followUpKindIsWrittenWithAHyphen() throws {
        let line = EventCodec.encode(Event(at: at, by: "x", NoteAdded(id: "n1", kind: .followUp, text: "hi", item: 0)))
        #expect(String(decoding: line, as: UTF8.self).contains("\"kind\":\"follow-up\""))
        let back = try EventCodec.decode(line.dropLast())
        #expect((back.payload as? NoteAdded)?.kind == .followUp)
    }
}
