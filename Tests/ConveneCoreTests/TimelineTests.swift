import Foundation
import Testing
@testable import ConveneCore

/// The timer part of the fold, event by event: what each fact does to where the meeting stands.
@Suite struct TimelineTests {
    let plan = agenda(minutes: [10, 15, 40, 20, 10])

    @Test func openedMeetingIsReadyOnTheFirstItem() {
        let m = meeting(plan, [])
        #expect(m.clockState == .ready)
        #expect(m.timeline.current == 0 && m.currentItem?.title == "Item 1")
        #expect(m.timeline.startedAt == nil && m.plannedEnd == nil)
        #expect(m.nextItemIndex == 1)
        #expect(m.eventCount == 1)
    }

    @Test func startingRecordsFirstStartAndMeetingStart() {
        let m = meeting(plan, [.start(0, at: 5), .start(1, at: 600)])
        #expect(m.timeline.startedAt == at(5))
        #expect(m.timeline.runs[0].firstStartedAt == at(5))
        #expect(m.timeline.runs[0].lastStoppedAt == at(600))
        #expect(m.timeline.runs[0].banked == 595)
        #expect(m.timeline.runs[1].firstStartedAt == at(600))
        #expect(m.plannedEnd == at(5 + 5700))
        #expect(m.eventCount == 3)
    }

    @Test func backReturnsToAnEarlierItemAndItsTimeAccumulates() {
        let m = meeting(plan, [.start(0, at: 0), .start(1, at: 600), .start(0, at: 900), .pause(at: 960)])
        #expect(m.timeline.current == 0)
        #expect(m.clockState == .paused)
        #expect(m.elapsed(0, now: at(2000)) == 660)
        #expect(m.elapsed(1, now: at(2000)) == 300)
        #expect(m.timeline.runs[0].firstStartedAt == at(0))
        #expect(m.nextItemIndex == 1)
    }

    @Test func skippingTheCurrentItemMovesOnWithoutRunning() {
        let m = meeting(plan, [.start(0, at: 0), .skip(1, at: 10), .skip(0, at: 100)])
        #expect(m.timeline.current == 2)
        #expect(m.clockState == .ready)
        #expect(m.timeline.runs.map(\.skipped) == [true, true, false, false, false])
        #expect(m.elapsed(0, now: at(500)) == 100)
        #expect(m.nextItemIndex == 3)
    }

    @Test func startingASkippedItemBringsItBack() {
        let m = meeting(plan, [.skip(3, at: 0), .start(3, at: 10)])
        #expect(m.timeline.runs[3].skipped == false)
        #expect(m.timeline.current == 3 && m.clockState == .running)
    }

    @Test func nextItemPassesOverSkippedItems() {
        let m = meeting(plan, [.start(2, at: 0), .skip(3, at: 1), .skip(4, at: 2)])
        #expect(m.nextItemIndex == nil)
        #expect(meeting(plan, [.start(1, at: 0), .skip(2, at: 1)]).nextItemIndex == 3)
    }

    @Test func adjustmentsAddUpAndNeverTakeTheTargetBelowZero() {
        let m = meeting(plan, [.extend(0, by: 60, at: 0), .extend(0, by: 60, at: 1), .shorten(0, by: 30, at: 2),
                               .shorten(1, by: 5000, at: 3), .extend(1, by: 60, at: 4)])
        #expect(m.timeline.runs[0].targetSeconds == 690)
        #expect(m.timeline.runs[1].targetSeconds == 60)
        #expect(m.timeline.runs[2].targetSeconds == 2400)
    }

    @Test(arguments: [Int.min, Int.min + 1, -DurationText.maximumSeconds - 1, Int.max, DurationText.maximumSeconds + 1])
    func absurdAdjustmentsAreIgnoredWithoutTrapping(seconds: Int) {
        let m = meeting(plan, [.extend(0, by: seconds, at: 0), .shorten(0, by: seconds, at: 1)])
        #expect(m.timeline.runs[0].targetSeconds == 600)
    }

    @Test func largestAdjustmentsStayBounded() {
        let big = DurationText.maximumSeconds
        let m = meeting(plan, [.extend(0, by: big, at: 0), .extend(0, by: big, at: 1), .shorten(1, by: big, at: 2), .extend(2, by: -big, at: 3)])
        #expect(m.timeline.runs[0].targetSeconds == 600 + big)
        #expect(m.timeline.runs[1].targetSeconds == 0)
        #expect(m.timeline.runs[2].targetSeconds == 0)
    }

    @Test func endingStopsTheClockAndLaterTimerEventsChangeNothing() {
        let ended = meeting(plan, [.start(0, at: 0), .end(at: 300)])
        let after = meeting(plan, [.start(0, at: 0), .end(at: 300), .start(1, at: 400), .resume(at: 500), .pause(at: 600),
                                   .skip(0, at: 700), .end(at: 800)])
        for m in [ended, after] {
            #expect(m.clockState == .ended)
            #expect(m.timeline.endedAt == at(300))
            #expect(m.timeline.current == 0)
            #expect(m.elapsed(0, now: at(10_000)) == 300)
            #expect(m.projectedEnd(now: at(10_000)) == at(300))
        }
        #expect(after.timeline.runs[0].skipped == false)
    }

    @Test func secondOpenedEventIsIgnoredAndUnknownEventsAreKept() {
        let other = MeetingOpened(id: "other", agendaFile: "other.md", agenda: agenda(minutes: [1]), roster: .empty)
        let unknown = UnknownEvent(originalType: "note.taken", line: #"{"type":"note.taken"}"#)
        let m = meeting(plan, [Step(at: 1, payload: other), Step(at: 2, payload: unknown), .start(0, at: 3)])
        #expect(m.id == "2026-08-30-test")
        #expect(m.agenda == plan)
        #expect(m.unknownEvents == [unknown])
        #expect(m.clockState == .running)
        #expect(m.eventCount == 4)
    }

    @Test func replayNeedsTheOpeningEventFirst() {
        #expect(Meeting.replay([]) == nil)
        #expect(Meeting.replay([Step.start(0, at: 0).event]) == nil)
    }

    @Test func meetingWithoutItemsNeverTraps() {
        let m = meeting(Agenda(title: "Empty", items: []), [.start(0, at: 0), .resume(at: 1), .extend(0, by: 60, at: 2), .skip(0, at: 3), .pause(at: 4)])
        #expect(m.clockState == .ready)
        #expect(m.currentItem == nil && m.nextItemIndex == nil)
        #expect(m.remaining(now: at(10)) == 0)
        #expect(m.elapsed(0, now: at(10)) == 0)
        #expect(m.projectedEnd(now: at(10)) == at(10))
        #expect(m.alerts(from: at(0), to: at(10)) == [])
    }
}
