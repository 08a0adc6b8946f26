import Foundation
@testable import ConveneCore

/// Meetings for the site's tests: one with every section filled (attendance, roles, groups, edited and struck notes,
/// a decision, a done action and a dropped follow-up) and hostile names and notes throughout.
enum SiteFixtures {
    static let hostileName = "</script><img src=x onerror=alert(1)> \"Zoë\" 'q' \u{1B}[31m山田"
    static let hostileNote = "Rent <b>too</b> high & \"more\"\u{2028}</script><script>alert(2)</script>\n\u{1B}]0;pwned\u{07}second line"

    /// The events of a meeting opened `day` days after `meetingStart`, run through three items.
    static func events(id: String = "2026-08-30-visioning", title: String = "Visioning #1", day: Int = 0, people: [String]? = nil,
                       ended: Bool = true) -> [Event] {
        let start = meetingStart.addingTimeInterval(Double(day) * 86400)
        func at(_ seconds: Double) -> Date { start.addingTimeInterval(seconds) }
        let names = people ?? [hostileName, "Ana", "Bo"]
        let roster = Roster(people: names.map { Person(name: $0, tags: $0 == "Ana" ? ["member"] : $0 == "Bo" ? ["new"] : []) })
        let agenda = Agenda(title: title, place: "Hall <A>", items: [AgendaItem(title: "Welcome", seconds: 600),
                                                                     AgendaItem(title: "Breakouts <b>", seconds: 1200),
                                                                     AgendaItem(title: "Next steps", seconds: 300)])
        var events = [Event(at: start, by: "fac", MeetingOpened(id: id, agendaFile: "a.md", agenda: agenda, roster: roster))]
        let payloads: [(Double, any EventPayload)] = [
            (5, PersonArrived(name: "Ana")), (6, PersonArrived(name: names[0])), (7, PersonMarkedAbsent(name: names.last ?? "Bo")),
            (8, RoleAssigned(slot: RoleSlot(.meeting, role: "facilitator"), person: "Ana")),
            (9, RoleAssigned(slot: RoleSlot(.group(item: 1, group: 1), role: "note-taker"), person: names[0])),
            (10, ItemStarted(item: 0)),
            (60, NoteAdded(id: "n1", text: hostileNote, item: 0)),
            (70, NoteAdded(id: "n2", kind: .decision, text: "Meet monthly <always>", item: 0)),
            (80, NoteAdded(id: "n6", text: "Said in error", item: 0)),
            (90, NoteStruck(id: "n6")),
            (610, ItemStarted(item: 1)),
            (620, GroupsPlanned(item: 1, rotation: Rotation(people: ["Ana", names[0]], rounds: [[["Ana"], [names[0]]]], lowerBound: 0, seed: 1))),
            (700, NoteAdded(id: "n3", kind: .idea, text: "First wording", item: 1, round: 1, group: 2)),
            (710, NoteEdited(id: "n3", text: "Second wording")),
            (720, NoteAdded(id: "n4", kind: .action, text: "Book the hall", item: 1, owner: "Ana", due: "2026-09-06")),
            (730, NoteAdded(id: "n5", kind: .followUp, text: "Ask about childcare", item: 1, person: "Bo", organizer: names[0])),
            (2110, ItemStarted(item: 2)),
            (2300, MeetingEnded()),
            (2400, FollowUpCompleted(id: "n4", outcome: "Booked for the 14th", assessment: 4)),
            (2500, FollowUpDropped(id: "n5", reason: "Moved away")),
        ]
        for (seconds, payload) in payloads where ended || !(payload is MeetingEnded || seconds > 2300) {
            events.append(Event(at: at(seconds), by: payload is NoteAdded ? names[0] : "fac", payload))
        }
        return events
    }

    /// The record of `events` as it stands an hour after the last one.
    static func record(_ events: [Event] = events()) -> MeetingRecord {
        guard let meeting = Meeting.replay(events) else { preconditionFailure("fixture events start with meeting.opened") }
        return MeetingRecord(meeting: meeting, now: (events.last?.at ?? meetingStart).addingTimeInterval(3600))
    }

    /// Writes `events` as the log of meeting `id` in the records folder `root`; returns the log's path.
    @discardableResult
    static func write(_ events: [Event], id: String, in root: String) -> String {
        let folder = RecordsFolder(root: root)
        try? folder.prepare()
        writeFile(folder.logPath(id), events.flatMap(EventCodec.encode))
        return folder.logPath(id)
    }

    /// Writes `count` meetings a day apart into the records folder `root`, titled `Visioning #N`; returns their ids.
    static func records(in root: String, count: Int) -> [String] {
        (0..<count).map { n in
            let id = String(Timestamp.format(meetingStart.addingTimeInterval(Double(n) * 86400)).prefix(10)) + "-visioning"
            write(events(id: id, title: "Visioning #\(n + 1)", day: n), id: id, in: root)
            return id
        }
    }
}
