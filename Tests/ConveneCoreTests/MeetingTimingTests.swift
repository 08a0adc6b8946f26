import Foundation
import Testing
@testable import ConveneCore

/// (events, now) → every figure the facilitator screen shows.
@Suite struct MeetingTimingTests {
    /// 10 + 15 + 40 + 20 + 10 minutes = 5700 s, warning at the default 20%.
    static let plan = agenda(minutes: [10, 15, 40, 20, 10])

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var steps: [Step]
        var now: Double
        var current: Int
        var state: ClockState
        var elapsed: Double
        var remaining: Int
        var level: TimeLevel
        /// Seconds behind plan (negative: ahead); nil before the meeting starts.
        var behind: Int?
        /// The projected end, in seconds after `meetingStart`.
        var projectedEnd: Double

        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "not started", steps: [], now: 0,
             current: 0, state: .ready, elapsed: 0, remaining: 600, level: .normal, behind: nil, projectedEnd: 5700),
        Case(name: "not started, an hour later", steps: [], now: 3600,
             current: 0, state: .ready, elapsed: 0, remaining: 600, level: .normal, behind: nil, projectedEnd: 9300),
        Case(name: "running on time", steps: [.start(0, at: 0)], now: 300,
             current: 0, state: .running, elapsed: 300, remaining: 300, level: .normal, behind: 0, projectedEnd: 5700),
        Case(name: "one second before warning", steps: [.start(0, at: 0)], now: 479.999,
             current: 0, state: .running, elapsed: 479.999, remaining: 121, level: .normal, behind: 0, projectedEnd: 5700),
        Case(name: "warning at exactly 20% left", steps: [.start(0, at: 0)], now: 480,
             current: 0, state: .running, elapsed: 480, remaining: 120, level: .warning, behind: 0, projectedEnd: 5700),
        Case(name: "zero is still warning", steps: [.start(0, at: 0)], now: 600.4,
             current: 0, state: .running, elapsed: 600.4, remaining: 0, level: .warning, behind: 0, projectedEnd: 5700.4),
        Case(name: "overrun from the first second past zero", steps: [.start(0, at: 0)], now: 601,
             current: 0, state: .running, elapsed: 601, remaining: -1, level: .overrun, behind: 1, projectedEnd: 5701),
        Case(name: "paused", steps: [.start(0, at: 0), .pause(at: 200)], now: 1000,
             current: 0, state: .paused, elapsed: 200, remaining: 400, level: .normal, behind: 800, projectedEnd: 6500),
        Case(name: "paused then resumed", steps: [.start(0, at: 0), .pause(at: 200), .resume(at: 500)], now: 700,
             current: 0, state: .running, elapsed: 400, remaining: 200, level: .normal, behind: 300, projectedEnd: 6000),
        Case(name: "paused twice, resumed twice", steps: [.start(0, at: 0), .pause(at: 100), .pause(at: 200), .resume(at: 300), .resume(at: 400)], now: 500,
             current: 0, state: .running, elapsed: 300, remaining: 300, level: .normal, behind: 200, projectedEnd: 5900),
        Case(name: "extended: warning scales with the new target", steps: [.start(0, at: 0), .extend(0, by: 60, at: 100)], now: 600,
             current: 0, state: .running, elapsed: 600, remaining: 60, level: .warning, behind: 60, projectedEnd: 5760),
        Case(name: "shortened", steps: [.start(0, at: 0), .shorten(0, by: 300, at: 100)], now: 200,
             current: 0, state: .running, elapsed: 200, remaining: 100, level: .normal, behind: -300, projectedEnd: 5400),
        Case(name: "shortened below the time already run", steps: [.start(0, at: 0), .shorten(0, by: 300, at: 100)], now: 400,
             current: 0, state: .running, elapsed: 400, remaining: -100, level: .overrun, behind: -200, projectedEnd: 5500),
        Case(name: "shortened to nothing before starting", steps: [.shorten(0, by: 9999, at: 0)], now: 0,
             current: 0, state: .ready, elapsed: 0, remaining: 0, level: .warning, behind: nil, projectedEnd: 5100),
        Case(name: "next item, a minute early", steps: [.start(0, at: 0), .start(1, at: 540)], now: 600,
             current: 1, state: .running, elapsed: 60, remaining: 840, level: .normal, behind: -60, projectedEnd: 5640),
        Case(name: "skip the current item", steps: [.start(0, at: 0), .skip(0, at: 100)], now: 100,
             current: 1, state: .ready, elapsed: 0, remaining: 900, level: .normal, behind: -500, projectedEnd: 5200),
        Case(name: "skip a later item", steps: [.start(0, at: 0), .skip(2, at: 10)], now: 100,
             current: 0, state: .running, elapsed: 100, remaining: 500, level: .normal, behind: -2400, projectedEnd: 3300),
        Case(name: "back to the first item", steps: [.start(0, at: 0), .start(1, at: 600), .start(0, at: 900)], now: 1000,
             current: 0, state: .running, elapsed: 700, remaining: -100, level: .overrun, behind: 100, projectedEnd: 5800),
        Case(name: "back and forward again", steps: [.start(0, at: 0), .start(1, at: 600), .start(0, at: 900), .start(1, at: 960)], now: 1260,
             current: 1, state: .running, elapsed: 600, remaining: 300, level: .normal, behind: 60, projectedEnd: 5760),
        Case(name: "ended early", steps: [.start(0, at: 0), .start(4, at: 100), .end(at: 1000)], now: 5000,
             current: 4, state: .ended, elapsed: 900, remaining: -300, level: .overrun, behind: -4700, projectedEnd: 1000),
        Case(name: "out-of-range items are ignored", steps: [.start(7, at: 0), .start(-1, at: 0), .extend(9, by: 60, at: 0), .skip(-3, at: 0), .shorten(5, by: 60, at: 0)], now: 10,
             current: 0, state: .ready, elapsed: 0, remaining: 600, level: .normal, behind: nil, projectedEnd: 5710),
        Case(name: "a pause stamped before its start", steps: [.start(0, at: 100), .pause(at: 50)], now: 200,
             current: 0, state: .paused, elapsed: 0, remaining: 600, level: .normal, behind: 100, projectedEnd: 5900),
        Case(name: "now before the item started", steps: [.start(0, at: 100)], now: 50,
             current: 0, state: .running, elapsed: 0, remaining: 600, level: .normal, behind: -50, projectedEnd: 5750),
        Case(name: "the whole meeting to plan", steps: [.start(0, at: 0), .start(1, at: 600), .start(2, at: 1500), .start(3, at: 3900), .start(4, at: 5100)], now: 5400,
             current: 4, state: .running, elapsed: 300, remaining: 300, level: .normal, behind: 0, projectedEnd: 5700),
        Case(name: "last item overrun by ten minutes", steps: [.start(0, at: 0), .start(1, at: 600), .start(2, at: 1500), .start(3, at: 3900), .start(4, at: 5100)], now: 6300,
             current: 4, state: .running, elapsed: 1200, remaining: -600, level: .overrun, behind: 600, projectedEnd: 6300),
    ]

    @Test(arguments: cases)
    func figures(_ c: Case) {
        let m = meeting(Self.plan, c.steps)
        let now = at(c.now)
        #expect(m.timeline.current == c.current)
        #expect(m.clockState == c.state)
        #expect(abs(m.elapsed(c.current, now: now) - c.elapsed) < 1e-6)
        #expect(m.remaining(now: now) == c.remaining)
        #expect(m.level(now: now) == c.level)
        #expect(m.behindSeconds(now: now) == c.behind)
        #expect(abs(m.projectedEnd(now: now).timeIntervalSince(at(c.projectedEnd))) < 1e-6)
    }

    @Test(arguments: [(WarnThreshold.seconds(120), 480.0, TimeLevel.warning), (.seconds(120), 479, .normal),
                      (.percent(50), 300, .warning), (.percent(50), 299, .normal), (.seconds(900), 0, .warning)])
    func warnThresholdFromTheAgenda(warn: WarnThreshold, now: Double, level: TimeLevel) {
        let m = meeting(agenda(minutes: [10], warn: warn), [.start(0, at: 0)])
        #expect(m.level(now: at(now)) == level)
    }

    @Test func phoneZapWarnsTwoMinutesBeforeEachItemEnds() throws {
        let zap = try Fixtures.agenda("phone-zap.md")
        let m = meeting(zap, [.start(0, at: 0), .start(1, at: 900)])
        #expect(m.warningSeconds == 120)
        #expect(m.level(now: at(900 + 9900 - 121)) == .normal)
        #expect(m.level(now: at(900 + 9900 - 120)) == .warning)
        #expect(m.projectedEnd(now: at(900)) == at(8 * 3600))
    }
}
