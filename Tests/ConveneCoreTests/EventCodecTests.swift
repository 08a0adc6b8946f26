import Foundation
import Testing
@testable import ConveneCore

/// Events to log lines and back: one JSON object per line, readable by `jq` and by people.
@Suite struct EventCodecTests {
    static let when = Timestamp.parse("2026-08-30T14:05:03.120Z")!

    static let roster = Roster(people: [
        Person(name: "María José Hernández", tags: ["member", "facilitator"], pronouns: "she/her"),
        Person(name: "王小明", tags: ["new"], notWith: ["李静"], attributes: ["email": "xiaoming.wang@example.com", "team": "north"]),
    ])

    static let payloads: [any EventPayload] = [
        MeetingOpened(id: "2026-08-30-envisioning", agendaFile: "agendas/visioning.md", agenda: agenda(minutes: [10, 40]), roster: roster),
        ItemStarted(item: 2), TimerPaused(), TimerResumed(), ItemExtended(item: 1, seconds: 60),
        ItemShortened(item: 0, seconds: 120), ItemSkipped(item: 4), MeetingEnded(),
        NoteAdded(id: "n-1", kind: .action, text: "Call the clinic \u{1B}[2J 診療所", item: 2, round: 1, group: 3, owner: "Amara", due: "2026-09-06"),
        NoteEdited(id: "n-1", text: "Call the clinic on Monday"), NoteStruck(id: "n-1"),
        PersonArrived(name: "Kofi", tags: ["new"], walkIn: true, late: true), PersonLeft(name: "王小明"), PersonMarkedAbsent(name: "Zoë"),
        RoleAssigned(slot: RoleSlot(.group(item: 1, group: 2), role: "reporter"), person: "王小明"), RoleCleared(slot: RoleSlot(.meeting, role: "facilitator")),
        GroupsPlanned(item: 2, rotation: Rotation(people: ["A", "B", "C", "D"], rounds: [[["A", "B"], ["C", "D"]]], lowerBound: 0, seed: 7)),
        GroupsRoundChanged(item: 2, round: 0, groups: [["A", "C"], ["B", "D"]]), GroupsRoundLocked(item: 2, round: 0, locked: true),
        FollowUpCompleted(id: "n-1", outcome: "Clinic said yes 診療所", assessment: 4), FollowUpReassigned(id: "n-1", to: "王小明"),
        FollowUpDropped(id: "n-1", reason: "clinic closed"), FollowUpDueSet(id: "n-1", due: "2026-09-13"),
    ]

    @Test func everyRegisteredTypeIsCovered() {
        #expect(Set(Self.payloads.map { type(of: $0).type }) == Set(EventRegistry.types.keys))
    }

    @Test(arguments: 0..<payloads.count)
    func roundTrip(index: Int) throws {
        let event = Event(at: Self.when, by: "facilitator@host-1", Self.payloads[index])
        let line = EventCodec.encode(event)
        #expect(line.last == 0x0A)
        #expect(line.dropLast().contains(0x0A) == false)
        let decoded = try EventCodec.decode(line.dropLast())
        #expect(decoded.at == event.at && decoded.by == event.by && decoded.type == event.type)
        #expect(String(decoding: EventCodec.encode(decoded), as: UTF8.self) == String(decoding: line, as: UTF8.self))
        #expect(same(decoded.payload, event.payload))
    }

    private func same(_ a: any EventPayload, _ b: any EventPayload) -> Bool {
        func equal<T: EventPayload & Equatable>(_ x: T) -> Bool { (b as? T) == x }
        guard let a = a as? any EventPayload & Equatable else { return false }
        return equal(a)
    }

    @Test(arguments: 0..<payloads.count)
    func lineIsOneFlatJSONObject(index: Int) throws {
        let line = EventCodec.encode(Event(at: Self.when, by: "ana", Self.payloads[index]))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
        #expect(object["at"] as? String == "2026-08-30T14:05:03.120Z")
        #expect(object["by"] as? String == "ana")
        #expect(object["type"] as? String == type(of: Self.payloads[index]).type)
        #expect(object["payload"] == nil)
    }

    @Test(arguments: [
        (ItemStarted(item: 2) as any EventPayload, #"{"at":"2026-08-30T14:05:03.120Z","by":"fac","type":"item.started","item":2}"#),
        (TimerPaused(), #"{"at":"2026-08-30T14:05:03.120Z","by":"fac","type":"timer.paused"}"#),
        (ItemExtended(item: 1, seconds: 60), #"{"at":"2026-08-30T14:05:03.120Z","by":"fac","type":"item.extended","item":1,"seconds":60}"#),
        (ItemShortened(item: 0, seconds: 120), #"{"at":"2026-08-30T14:05:03.120Z","by":"fac","type":"item.shortened","item":0,"seconds":120}"#),
        (MeetingEnded(), #"{"at":"2026-08-30T14:05:03.120Z","by":"fac","type":"meeting.ended"}"#),
    ])
    func exactLineWithEnvelopeFirst(payload: any EventPayload, line: String) {
        #expect(String(decoding: EventCodec.encode(Event(at: Self.when, by: "fac", payload)), as: UTF8.self) == line + "\n")
    }

    @Test func openingLineCarriesAgendaAndRosterInAStableOrder() {
        let line = String(decoding: EventCodec.encode(Event(at: Self.when, by: "fac", Self.payloads[0])), as: UTF8.self)
        #expect(line.hasPrefix(#"{"at":"2026-08-30T14:05:03.120Z","by":"fac","type":"meeting.opened","agenda":{"#))
        #expect(line.contains(#""attributes":{"email":"xiaoming.wang@example.com","team":"north"}"#))
        #expect(line.contains(#""agendaFile":"agendas/visioning.md""#))
        #expect(line.contains("María José Hernández") && line.contains("王小明"))
    }

    @Test func textThatCouldBreakALineIsEscaped() throws {
        let hostile = "two\nlines\r\u{1B}[2J\u{2028}\"quoted\" back\\slash"
        let line = EventCodec.encode(Event(at: Self.when, by: hostile, TimerPaused()))
        #expect(line.filter { $0 == 0x0A } == [0x0A])
        #expect(!line.contains(0x1B) && !line.contains(0x0D))
        #expect(try EventCodec.decode(line.dropLast()).by == hostile)
    }

    @Test func unknownTypeIsKeptVerbatimAndWrittenBackByteIdentical() throws {
        let line = #"{ "type" : "note.taken", "at":"2026-08-30T14:05:03.120Z" ,"by":"note-taker@host-2","text":"¿Qué tal? 你好","group":3,"tags":["idea",null,{"x":1.50}]}"#
        let event = try EventCodec.decode(Array(line.utf8))
        #expect(event.type == "note.taken")
        #expect(event.by == "note-taker@host-2")
        #expect(event.at == Self.when)
        let unknown = try #require(event.payload as? UnknownEvent)
        #expect(unknown.originalType == "note.taken")
        #expect(EventCodec.encode(event) == Array((line + "\n").utf8))
    }

    @Test(arguments: [
        (#"{"at":"2026-08-30T14:05:03.120Z","by":"x"}"#, "missing field 'type'"),
        (#"{"by":"x","type":"timer.paused"}"#, "missing field 'at'"),
        (#"{"at":"2026-08-30T14:05:03.120Z","type":"timer.paused"}"#, "missing field 'by'"),
        (#"{"at":"2026-08-30T14:05:03.120Z","by":"x","type":"item.started"}"#, "missing field 'item'"),
        (#"{"at":"2026-08-30T14:05:03.120Z","by":"x","type":"item.started","item":"two"}"#, "wrong value at 'item'"),
        (#"{"at":"2026-08-30T14:05:03.120Z","by":"x","type":"item.started","item":null}"#, "wrong value at 'item'"),
        (#"{"at":"yesterday","by":"x","type":"timer.paused"}"#, "bad value at 'at'"),
        (#"{"at":"2026-08-30T14:05:03.120Z","by":7,"type":"timer.paused"}"#, "wrong value at 'by'"),
        (#"{"at":"2026-08-30T14:05:03.120Z","by":"x","type":"item.sta"#, "not valid JSON"),
        ("garbage", "not valid JSON"),
        ("[1,2,3]", "wrong value at ''"),
    ])
    func unreadableLine(line: String, reason: String) {
        #expect(throws: EventCodec.LineError(reason: reason)) { try EventCodec.decode(Array(line.utf8)) }
    }

    @Test func timeWithAnOffsetIsReadAndWrittenBackInUTC() throws {
        let event = try EventCodec.decode(Array(#"{"at":"2026-08-30T16:05:03.120+02:00","by":"x","type":"timer.paused"}"#.utf8))
        #expect(event.at == Self.when)
        #expect(String(decoding: EventCodec.encode(event), as: UTF8.self).hasPrefix(#"{"at":"2026-08-30T14:05:03.120Z""#))
    }
}
