import Foundation
import Testing
@testable import ConveneCore

/// Random event sequences, from fixed seeds: whatever a log holds, the fold stands and its figures agree.
@Suite struct MeetingFoldPropertyTests {
    static let seeds: [UInt64] = Array(1...40)

    /// A random step: mostly sensible, sometimes absurd (bad indices, huge numbers, time going backwards).
    static func randomStep(_ rng: inout SeededGenerator, itemCount: Int, clock: inout Double) -> Step {
        clock += [0, 1, 0.5, 37, 600, 3601, -120, -86_400][Int.random(in: 0..<8, using: &rng)]
        let item = Bool.random(using: &rng)
            ? Int.random(in: 0..<max(itemCount, 1), using: &rng)
            : [-1, itemCount, itemCount + 1, Int.min, Int.max][Int.random(in: 0..<5, using: &rng)]
        let seconds = [60, 300, -60, 0, 1, Int.min, Int.max, DurationText.maximumSeconds, -DurationText.maximumSeconds][Int.random(in: 0..<9, using: &rng)]
        switch Int.random(in: 0..<20, using: &rng) {
        case 0..<6: return .start(item, at: clock)
        case 6..<9: return .pause(at: clock)
        case 9..<12: return .resume(at: clock)
        case 12..<14: return .extend(item, by: seconds, at: clock)
        case 14..<16: return .shorten(item, by: seconds, at: clock)
        case 16..<19: return .skip(item, at: clock)
        default: return .end(at: clock)
        }
    }

    @Test(arguments: seeds)
    func foldNeverTrapsAndFiguresAgree(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let itemCount = Int.random(in: 0...6, using: &rng)
        let plan = agenda(minutes: (0..<itemCount).map { _ in Int.random(in: 1...60, using: &rng) },
                          cueSeconds: Bool.random(using: &rng) ? 300 : nil)
        var clock = 0.0
        var steps: [Step] = []
        for _ in 0..<Int.random(in: 0...120, using: &rng) {
            steps.append(Self.randomStep(&rng, itemCount: itemCount, clock: &clock))
            check(meeting(plan, steps), plan: plan, around: clock, rng: &rng, steps: steps)
        }
    }

    private func check(_ m: Meeting, plan: Agenda, around clock: Double, rng: inout SeededGenerator, steps: [Step]) {
        let t = m.timeline
        let context = Comment(rawValue: steps.map(\.description).joined(separator: " "))
        #expect(t.runs.count == plan.items.count, context)
        #expect(plan.items.isEmpty || t.runs.indices.contains(t.current), context)
        #expect(t.runs.allSatisfy { $0.targetSeconds >= 0 && $0.banked >= 0 }, context)
        #expect((m.clockState == .running) == t.isRunning, context)
        #expect((m.clockState == .ended) == t.isEnded, context)
        #expect(!(t.isRunning && t.isEnded), context)
        #expect(m.eventCount == steps.count + 1, context)
        for offset in [-7200.0, -1, 0, 0.5, 59.999, 3600] {
            let now = at(clock + offset)
            for index in -1...plan.items.count {
                #expect(m.elapsed(index, now: now) >= 0, context)
            }
            if t.runs.indices.contains(t.current) {
                let target = t.runs[t.current].targetSeconds
                let elapsed = m.elapsed(t.current, now: now)
                #expect(m.remaining(now: now) == target - Int(elapsed.rounded(.down)), context)
                #expect((m.level(now: now) == .overrun) == (m.remaining(now: now) < 0), context)
            }
            if let ended = t.endedAt {
                #expect(m.projectedEnd(now: now) == ended, context)
            } else {
                #expect(m.projectedEnd(now: now) >= now, context)
            }
            #expect((m.behindSeconds(now: now) == nil) == (t.startedAt == nil), context)
            let later = at(clock + offset + Double(Int.random(in: 0...4000, using: &rng)))
            let alerts = m.alerts(from: now, to: later)
            #expect(alerts.isEmpty || t.isRunning, context)
            #expect(alerts.filter { $0 == .timeUp }.count <= 1, context)
        }
    }

    @Test(arguments: seeds.prefix(10))
    func elapsedTimeOnlyGrowsWhileTheClockRuns(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let plan = agenda(minutes: [5, 5, 5])
        var clock = 0.0
        var steps: [Step] = []
        for _ in 0..<80 {
            clock += Double(Int.random(in: 1...300, using: &rng))
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: steps.append(.start(Int.random(in: 0..<3, using: &rng), at: clock))
            case 1: steps.append(.pause(at: clock))
            case 2: steps.append(.resume(at: clock))
            default: steps.append(.skip(Int.random(in: 0..<3, using: &rng), at: clock))
            }
            // With time moving forward only, the total run across items is the time the clock ran.
            let m = meeting(plan, steps)
            let now = at(clock + 10)
            let total = (0..<3).reduce(0.0) { $0 + m.elapsed($1, now: now) }
            #expect(abs(total - runningTime(steps, until: clock + 10)) < 1e-6, Comment(rawValue: steps.map(\.description).joined(separator: " ")))
        }
    }

    /// The seconds some clock was running, computed independently from the steps.
    private func runningTime(_ steps: [Step], until end: Double) -> Double {
        var runningSince: Double?
        var total = 0.0
        var current = 0
        var skipped: Set<Int> = []
        for step in steps {
            switch step.payload {
            case let started as ItemStarted:
                if let since = runningSince { total += step.at - since }
                runningSince = step.at
                current = started.item
                skipped.remove(current)
            case is TimerPaused:
                if let since = runningSince { total += step.at - since }
                runningSince = nil
            case is TimerResumed:
                if runningSince == nil { runningSince = step.at }
            case let skip as ItemSkipped:
                skipped.insert(skip.item)
                if skip.item == current {
                    if let since = runningSince { total += step.at - since }
                    runningSince = nil
                    current = (current + 1..<3).first { !skipped.contains($0) } ?? current
                }
            default:
                break
            }
        }
        if let since = runningSince { total += end - since }
        return total
    }
}
