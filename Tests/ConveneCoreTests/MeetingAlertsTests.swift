import Foundation
import Testing
@testable import ConveneCore

/// The bell and the flash: time up once when the countdown crosses zero, a cue at each interval.
@Suite struct MeetingAlertsTests {
    /// One 30-minute item with a cue every 10 minutes.
    let plan = agenda(minutes: [30, 10], cueSeconds: 600)

    /// Every alert seen by a screen redrawing every `step` seconds from `from` to `to`.
    func sweep(_ m: Meeting, from: Double, to: Double, step: Double) -> [(Double, Alert)] {
        var found: [(Double, Alert)] = []
        var t = from
        while t < to {
            let next = min(t + step, to)
            for alert in m.alerts(from: at(t), to: at(next)) { found.append((next, alert)) }
            t = next
        }
        return found
    }

    @Test(arguments: [1.0, 0.25, 0.7, 7.3, 59])
    func timeUpExactlyOnceAndCuesAtEachInterval(step: Double) throws {
        let m = meeting(plan, [.start(0, at: 0)])
        let found = sweep(m, from: 0, to: 4000, step: step)
        #expect(found.filter { $0.1 == .timeUp }.count == 1)
        #expect(found.map(\.1).filter { $0 != .timeUp } == (1...6).map { Alert.cue($0) })
        let timeUp = try #require(found.first { $0.1 == .timeUp })
        #expect(timeUp.0 >= 1800 && timeUp.0 < 1800 + step)
    }

    @Test func windowEndingOnZeroRingsAndTheNextDoesNot() {
        let m = meeting(plan, [.start(0, at: 0)])
        #expect(m.alerts(from: at(1799), to: at(1800)) == [.cue(3), .timeUp])
        #expect(m.alerts(from: at(1800), to: at(1801)) == [])
        #expect(m.alerts(from: at(599.9), to: at(600)) == [.cue(1)])
        #expect(m.alerts(from: at(600), to: at(601)) == [])
    }

    @Test func longWindowReportsTheLastCueOnly() {
        let m = meeting(plan, [.start(0, at: 0)])
        #expect(m.alerts(from: at(0), to: at(1300)) == [.cue(2)])
    }

    @Test func elapsedCountsTimeBeforeAPause() {
        let m = meeting(plan, [.start(0, at: 0), .pause(at: 500), .resume(at: 1000)])
        #expect(m.alerts(from: at(1099), to: at(1100)) == [.cue(1)])
        #expect(m.alerts(from: at(2299), to: at(2300)) == [.cue(3), .timeUp])
    }

    @Test func noAlertsWhenTheClockDoesNotRun() {
        let paused = meeting(plan, [.start(0, at: 0), .pause(at: 100)])
        let ready = meeting(plan, [])
        let ended = meeting(plan, [.start(0, at: 0), .end(at: 100)])
        for m in [paused, ready, ended] {
            #expect(m.alerts(from: at(0), to: at(5000)) == [])
        }
    }

    @Test func noAlertsForAnEmptyOrBackwardWindow() {
        let m = meeting(plan, [.start(0, at: 0)])
        #expect(m.alerts(from: at(1800), to: at(1800)) == [])
        #expect(m.alerts(from: at(1801), to: at(1799)) == [])
    }

    @Test func extendingAfterTimeUpRingsAgainAtTheNewZero() {
        let m = meeting(plan, [.start(0, at: 0), .extend(0, by: 300, at: 1850)])
        let found = sweep(m, from: 1850, to: 2500, step: 1).map(\.1)
        #expect(found == [.timeUp, .cue(4)])
        #expect(m.alerts(from: at(2099), to: at(2100)) == [.timeUp])
    }

    @Test func itemWithoutCueOnlyRingsAtZero() {
        let m = meeting(agenda(minutes: [5]), [.start(0, at: 0)])
        #expect(sweep(m, from: 0, to: 3600, step: 1).map(\.1) == [.timeUp])
    }

    @Test func phoneZapCuesEveryTenMinutes() throws {
        let zap = try Fixtures.agenda("phone-zap.md")
        let m = meeting(zap, [.start(1, at: 0)])
        let found = sweep(m, from: 0, to: 9900, step: 1)
        #expect(found.filter { $0.1 != .timeUp }.map(\.0) == (1...16).map { Double($0 * 600) })
        #expect(found.last.map { $0.0 == 9900 && $0.1 == .timeUp } == true)
    }
}
