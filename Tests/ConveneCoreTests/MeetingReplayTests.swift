import ConveneCore
import Foundation
import Testing

/// A meeting written to a log and read back folds to the same state as the events it was given.
@Suite struct MeetingReplayTests {
    private let start = Date(timeIntervalSince1970: 1_788_000_000)

    private func agenda() -> Agenda {
        Agenda(title: "Replay", items: [AgendaItem(title: "One", seconds: 600), AgendaItem(title: "Two", seconds: 300)])
    }

    @Test func aLogRoundTripGivesTheSameTimeline() throws {
        let folder = NSTemporaryDirectory() + "convene-replay-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let records = RecordsFolder(root: folder)
        let id = try records.create(opened: MeetingOpened(id: "", agendaFile: "a.md", agenda: agenda(), roster: .empty),
                                    day: AgendaDate(year: 2026, month: 8, day: 30), at: start, by: "test")
        #expect(id == "2026-08-30-replay")
        let later: [Event] = [
            Event(at: start.addingTimeInterval(10), by: "test", ItemStarted(item: 0)),
            Event(at: start.addingTimeInterval(70), by: "test", ItemExtended(item: 0, seconds: 60)),
            Event(at: start.addingTimeInterval(130), by: "test", ItemStarted(item: 1)),
        ]
        try records.log(id).append(later)
        let meeting = try #require(Meeting.replay(try records.log(id).read().events))
        let now = start.addingTimeInterval(190)
        #expect(meeting.timeline.current == 1)
        #expect(meeting.elapsed(0, now: now) == 120)
        #expect(meeting.remaining(now: now) == 240)
        #expect(meeting.timeline.runs[0].targetSeconds == 660)
        #expect(meeting.behindSeconds(now: now) == -480)
    }
}
