import Foundation
import Testing
@testable import ConveneCore

/// A meeting written to its log and read back is the same meeting: the log is the only state.
@Suite struct MeetingRecordTests {
    @Test func visioningMeetingSurvivesItsLog() throws {
        try withTemporaryFolder { root in
            let plan = try Fixtures.agenda("visioning.md")
            let roster = Roster(people: [Person(name: "María José Hernández", tags: ["member", "facilitator"]), Person(name: "王小明", tags: ["new"])])
            let records = RecordsFolder(root: root)
            let opened = MeetingOpened(id: "", agendaFile: "agendas/visioning.md", agenda: plan, roster: roster)
            let id = try records.create(opened: opened, day: try #require(plan.date), at: meetingStart, by: "fac@laptop")
            #expect(id == "2026-08-30-envisioning-a-just-healthcare-system")

            let steps: [Step] = [.start(0, at: 30), .start(1, at: 640), .pause(at: 900), .resume(at: 960), .extend(1, by: 120, at: 1000),
                                 .start(2, at: 1700), .skip(3, at: 2000), .start(1, at: 2100), .start(2, at: 2160)]
            for step in steps { try records.log(id).append([step.event]) }

            let contents = try records.log(id).read()
            #expect(contents.events.count == steps.count + 1)
            let replayed = try #require(Meeting.replay(contents.events))
            var expected = meeting(plan, steps)
            expected.id = id
            #expect(replayed.id == id && replayed.agenda == plan && replayed.roster == roster)
            #expect(replayed.agendaFile == "agendas/visioning.md" && replayed.openedBy == "fac@laptop")
            #expect(replayed.timeline == expected.timeline)
            let now = at(3000)
            #expect(replayed.remaining(now: now) == expected.remaining(now: now))
            #expect(replayed.projectedEnd(now: now) == expected.projectedEnd(now: now))
            let framingRan: TimeInterval = (900 - 640) + (1700 - 960) + (2160 - 2100)
            #expect(replayed.elapsed(1, now: now) == framingRan)
        }
    }

    @Test func recordIsReadableAfterACrashMidWrite() throws {
        try withTemporaryFolder { root in
            let records = RecordsFolder(root: root)
            let opened = MeetingOpened(id: "", agendaFile: "a.md", agenda: agenda(minutes: [10, 10]), roster: .empty)
            let id = try records.create(opened: opened, day: AgendaDate(year: 2026, month: 8, day: 30), at: meetingStart, by: "fac")
            let log = records.log(id)
            try log.append([Step.start(0, at: 0).event])
            try log.append(bytes: Array(EventCodec.encode(Step.pause(at: 100).event).prefix(17)))

            let crashed = try log.read()
            #expect(crashed.tornTail != nil)
            #expect(Meeting.replay(crashed.events)?.clockState == .running, "a running item keeps running while no screen is open")

            try log.recoverTornTail()
            try log.append([Step.pause(at: 400).event])
            let resumed = try #require(Meeting.replay(try log.read().events))
            #expect(resumed.clockState == .paused)
            #expect(resumed.elapsed(0, now: at(9999)) == 400)
        }
    }
}
