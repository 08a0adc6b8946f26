import ConveneCore
@testable import convene
import ConveneTUI
import Foundation
import Testing

/// The facilitator screen sleeps until the next instant something on it can change, and no longer.
@Suite struct FacilitatorWakeTests {
    private let opened = Date(timeIntervalSince1970: 1_788_098_400)

    private func program(_ events: [(TimeInterval, any EventPayload)]) -> FacilitatorProgram {
        let agenda = Agenda(title: "Wake test", items: [AgendaItem(title: "One", seconds: 600), AgendaItem(title: "Two", seconds: 600)])
        var meeting = Meeting(opened: MeetingOpened(id: "m", agendaFile: "w.md", agenda: agenda, roster: .empty), at: opened, by: "t")
        for (offset, payload) in events { meeting.apply(Event(at: opened.addingTimeInterval(offset), by: "t", payload)) }
        return FacilitatorProgram(state: FacilitatorState(meeting: meeting, timeZone: TimeZone(identifier: "UTC")!))
    }

    private func wake(_ program: FacilitatorProgram, at offset: TimeInterval) -> TimeInterval {
        program.nextChange(after: opened.addingTimeInterval(offset)).timeIntervalSince(opened)
    }

    @Test func beforeTheStartOnlyTheClockMovesSoItWakesOnTheMinute() {
        #expect(wake(program([]), at: 12.5) == 60)
    }

    @Test func aRunningItemWakesWhenItsCountdownTurnsOver() {
        #expect(abs(wake(program([(0.3, ItemStarted(item: 0))]), at: 10.5) - 11.3) < 0.001)
    }

    @Test func pausedItWakesEverySecondBecauseTheProjectedEndStillMoves() {
        let paused = program([(0, ItemStarted(item: 0)), (30.3, TimerPaused())])
        #expect(wake(paused, at: 40.25) == 41)
    }

    @Test func anEndedMeetingWakesOnTheMinute() {
        #expect(wake(program([(0, ItemStarted(item: 0)), (30, MeetingEnded())]), at: 40.25) == 60)
    }
}
