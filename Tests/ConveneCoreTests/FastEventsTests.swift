import ConveneCore
import Foundation
import Testing

/// The fast route for common lines gives exactly the event `JSONDecoder` gives, and steps aside otherwise.
@Suite struct FastEventsTests {
    private let at = Date(timeIntervalSince1970: 1_788_098_400.25)

    @Test(arguments: [
        NoteAdded(id: "a-1", kind: .followUp, text: "Call \"Ana\" \\ back\n\t 診療所 👍🏽 \u{1B}[2J", item: 3, round: 2, group: 7, person: "Ana", organizer: "李静"),
        NoteAdded(id: "b", text: "", item: 0),
    ])
    func notesRoundTripThroughTheFastRoute(note: NoteAdded) throws {
        let event = Event(at: at, by: "Zoë \"Z\"", note)
        let line = EventCodec.encode(event)
        let back = try EventCodec.decode(line.dropLast())
        #expect(back.payload as? NoteAdded == note)
        #expect(back.by == "Zoë \"Z\"")
        #expect(back.at == at)
        #expect(EventCodec.encode(back) == line)
    }

    @Test(arguments: [
        #"{"at":"2026-08-30T14:00:00.000Z","by":"x","type":"item.started","item":2}"#,
        #"{"at":"2026-08-30T14:00:00.000Z","by":"x","type":"item.extended","item":1,"seconds":60}"#,
        #"{"at":"2026-08-30T14:00:00.000Z","by":"x","type":"note.added","id":"n","kind":"idea","text":"\u00e9\ud83d\ude00","item":0,"group":null}"#,
        #"{ "at" : "2026-08-30T14:00:00.000Z" , "by":"x","type":"timer.paused"}"#,
    ])
    func fastAndSlowRoutesAgree(line: String) throws {
        let event = try EventCodec.decode(Array(line.utf8))
        let again = try EventCodec.decode(EventCodec.encode(event).dropLast())
        #expect(EventCodec.encode(event) == EventCodec.encode(again))
        #expect(event.at == Timestamp.parse("2026-08-30T14:00:00.000Z"))
    }

    @Test(arguments: [
        #"{"at":"2026-08-30T14:00:00.000Z","by":"x","type":"item.started","item":"2"}"#,
        #"{"at":"2026-08-30T14:00:00.000Z","by":"x","type":"item.started"}"#,
        #"{"at":"2026-08-30T14:00:00.000Z","by":"x","type":"note.added","id":"n","kind":"shout","text":"t","item":0}"#,
        #"{"at":"not a time","by":"x","type":"timer.paused"}"#,
        #"{"at":"2026-08-30T14:00:00.000Z","by":"x","type":"item.started","item":2"#,
        #"{"at":"2026-08-30T14:00:00.000Z","by":"x","type":"item.started","item":99999999999999999999999}"#,
    ])
    func badLinesStillGetTheDecodersError(line: String) {
        #expect(throws: EventCodec.LineError.self) { try EventCodec.decode(Array(line.utf8)) }
    }
}
