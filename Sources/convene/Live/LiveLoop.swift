import ConveneCore
import ConveneTUI
import Foundation

/// Runs a live program on the terminal: draws, sleeps until a key, a resize, a log change or the
/// next visible change, and carries out effects. It never spins: idle, it wakes once a second at most.
struct LiveLoop<Program: LiveProgram> {
    var program: Program
    let screen: NcursesScreen
    /// The meeting log followed and written; nil for a screen that only reads records (review).
    let log: EventLogFile?
    var follower: LogFollower?
    let author: String

    mutating func run() -> Int32 {
        let watcher = log.flatMap { LogWatcher(path: $0.path) }
        var last = Date()
        while true {
            let now = Date()
            for effect in program.tick(from: last, to: now) { if perform(effect) { return 0 } }
            last = now
            screen.draw(program.render(size: screen.size, now: now))
            let wait = max(0, program.nextChange(after: now).timeIntervalSince(Date()))
            let wake = screen.wait(other: watcher?.fd, timeout: min(wait, watcher == nil ? 1 : 60) + 0.001)
            if wake.other { watcher?.drain() }
            readLog()
            if wake.inputClosed { return 0 }
            for key in screen.readKeys() {
                if key == .resize {
                    screen.invalidate()
                    continue
                }
                for effect in program.handle(key, now: Date()) { if perform(effect) { return 0 } }
            }
        }
    }

    /// Carries out one effect; true when the program should stop.
    private mutating func perform(_ effect: Effect) -> Bool {
        switch effect {
        case .quit:
            return true
        case .bell:
            screen.bell()
        case .flash:
            screen.flashScreen()
        case .append(let payloads):
            let at = Date()
            guard let log else { return false }
            do {
                try log.append(payloads.map { Event(at: at, by: author, $0) })
            } catch {
                program.show(problem: "NOT SAVED: \(error.message)")
            }
            readLog()
        }
        return false
    }

    private mutating func readLog() {
        guard follower != nil else { return }
        do {
            guard let events = try follower?.readNew() else { return }
            if !events.isEmpty { program.receive(events) }
        } catch {
            program.show(problem: error.message)
        }
    }
}
