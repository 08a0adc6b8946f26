import ConveneCore
import ConveneTUI
import Foundation
import Testing

/// A second in which only the clock moved is drawn by placing the screen's ticking block over the last frame. These
/// tests walk meetings through hours of time, as the live loop does, and check that every frame made that way is
/// exactly the screen drawn whole, and sends the terminal exactly what the whole screen's diff would.
@Suite struct TickingFramesTests {
    private static let start = Date(timeIntervalSince1970: 1_788_098_400)
    /// Half-hour offset from UTC, so a clock minute is not a UTC minute.
    private static let zone = TimeZone(secondsFromGMT: 5 * 3600 + 1800)!

    private static let sizes = [Size(width: 60, height: 18), Size(width: 80, height: 24), Size(width: 100, height: 30),
                                Size(width: 120, height: 40), Size(width: 200, height: 50)]

    /// An agenda with a cue, sub-minute durations, a two-hour item and long titles, in several scripts.
    private static let zap = agenda("""
        # Zap: 保持产科病房开放
        place: Online
        warn: 2m

        ## Kickoff (90s)
        role: script keeper
        prompt: Call the board office and ask them to keep the maternity ward open, then log the call.

        ## Morning calls with a title long enough to be cut in the list (2h)
        cue: every 10m
        prompt: 555-0142

        ## Tallies (45s)
        cue: every 15s

        ## Wrap-up (10m)
        """)

    private static let visioning = agenda("""
        # Envisioning a Just Healthcare System
        place: Zoom

        ## Welcome and introductions (10m)
        role: opener

        ## Framing: Who does our healthcare system serve? (15 min)
        prompt: Who does our healthcare system serve today?

        ## Breakouts (40m)
        breakout: groups of 5, 2 rounds

        ## Report back (20m)
        """)

    private static func agenda(_ text: String) -> Agenda {
        try! AgendaParser.parse(lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init), file: "t.md")
    }

    /// A meeting's timer events at seconds from the start, and how long to watch it.
    private struct Script {
        var agenda: Agenda
        var events: [(TimeInterval, any EventPayload)]
        var watch: TimeInterval
    }

    private static let scripts: [String: Script] = [
        "not started": Script(agenda: zap, events: [], watch: 200),
        "runs over by more than an hour": Script(agenda: zap, events: [(30, ItemStarted(item: 0)), (130, ItemStarted(item: 1))],
                                                 watch: 3 * 3600 + 400),
        "paused, extended, skipped, ended": Script(agenda: visioning, events: [
            (0, ItemStarted(item: 0)), (250, TimerPaused()), (400, TimerResumed()), (500, ItemExtended(item: 0, seconds: 60)),
            (700, ItemStarted(item: 1)), (800, ItemShortened(item: 1, seconds: 60)), (1500, TimerPaused()),
            (1700, ItemSkipped(item: 2)), (1700, ItemStarted(item: 3)), (3000, MeetingEnded()),
        ], watch: 3300),
        "cues every fifteen seconds": Script(agenda: zap, events: [(0, ItemStarted(item: 2))], watch: 700),
    ]

    /// Steps of one second, with jumps now and then, as a loop that slept through a busy machine would see.
    private static func instants(over watch: TimeInterval) -> [Date] {
        let steps: [TimeInterval] = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 7, 1, 1, 0.4, 0.6, 29, 1, 1, 1, 1, 53, 1, 61, 1]
        var offset: TimeInterval = -95, index = 0, result: [Date] = []
        while offset < watch {
            result.append(start.addingTimeInterval(offset + 0.25))
            offset += steps[index % steps.count] * (watch > 3600 ? 3 : 1)
            index += 1
        }
        return result
    }

    private static func state(_ script: Script, at now: Date, screen: FacilitatorState.Screen) -> (FacilitatorState, applied: Int) {
        var meeting = Meeting(opened: MeetingOpened(id: "m", agendaFile: "t.md", agenda: script.agenda, roster: .empty), at: start, by: "t")
        var applied = 0
        for (offset, payload) in script.events where start.addingTimeInterval(offset) <= now {
            meeting.apply(Event(at: start.addingTimeInterval(offset), by: "t", payload))
            applied += 1
        }
        var state = FacilitatorState(meeting: meeting, timeZone: zone)
        state.screen = screen
        return (state, applied)
    }

    @Test(arguments: scripts.keys.sorted())
    func everyTickingFrameIsTheWholeScreen(_ name: String) throws {
        let script = try #require(Self.scripts[name])
        let instants = Self.instants(over: script.watch)
        for size in Self.sizes {
            for screen in [FacilitatorState.Screen.agenda, .projector] {
                var shown: ScreenBuffer?, last: Ticking?, lastApplied = -1, placed = 0
                for now in instants {
                    let (state, applied) = Self.state(script, at: now, screen: screen)
                    if applied != lastApplied { last = nil }
                    lastApplied = applied
                    let whole = FacilitatorView.render(state, size: size, now: now)
                    let ticking = FacilitatorView.ticking(state, size: size, now: now)
                    if let ticking, ticking.follows(last), var frame = shown {
                        let sent = frame.place(ticking.block, x: ticking.area.x, y: ticking.area.y)
                        placed += 1
                        guard frame == whole, sent == whole.changes(since: shown) else {
                            Issue.record("\(name), \(screen) at \(size), \(now.timeIntervalSince(Self.start)) s:\n\(frame.picture)\n--- drawn whole ---\n\(whole.picture)")
                            return
                        }
                    }
                    shown = whole
                    last = ticking
                }
                // The cheap frame must be the usual one, or this test proves nothing.
                #expect(placed * 3 >= instants.count * 2, "\(name), \(screen) at \(size): \(placed) of \(instants.count) frames placed")
            }
        }
    }
}
