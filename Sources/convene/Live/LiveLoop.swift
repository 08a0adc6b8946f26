import ConveneCore
import ConveneTUI
import Foundation

/// Runs a live program on the terminal: draws, sleeps until a key, a resize, a log change or the
/// next visible change, and carries out effects. It never spins: idle, it wakes once a second at most.
///
/// A frame in which only the clock moved redraws just the program's ticking block over the last frame; any key,
/// event, problem or alert forgets the last ticking, so the next frame is drawn whole.
struct LiveLoop<Program: LiveProgram> {
    var program: Program
    let screen: NcursesScreen
    /// The meeting log followed and written; nil for a screen that only reads records (review).
    let log: EventLogFile?
    var follower: LogFollower?
    let author: String
    /// The records folder, for changes to items carried forward from earlier meetings; nil where none are shown.
    let records: RecordsFolder?
    /// What moved with the clock in the last frame drawn, while nothing else has changed since.
    private var ticking: Ticking?

    init(program: Program, screen: NcursesScreen, log: EventLogFile?, follower: LogFollower?, author: String, records: RecordsFolder? = nil) {
        self.program = program
        self.screen = screen
        self.log = log
        self.follower = follower
        self.author = author
        self.records = records
    }

    mutating func run() -> Int32 {
        let watcher = log.flatMap { LogWatcher(path: $0.path) }
        var last = Date()
        var keysWaiting = false
        while true {
            let now = Date()
            let due = program.tick(from: last, to: now)
            if !due.isEmpty { ticking = nil }
            for effect in due { if perform(effect) { return 0 } }
            last = now
            drawFrame(now: now)
            let wait = max(0, program.nextChange(after: now).timeIntervalSince(Date()))
            let wake = screen.wait(other: watcher?.fd, timeout: keysWaiting ? 0 : min(wait, watcher == nil ? 1 : 60) + 0.001)
            // With a watcher, the log is read only when it changed: an idle second touches no file.
            if wake.other { watcher?.drain() }
            if watcher == nil || wake.other { readLog() }
            if wake.inputClosed { return 0 }
            guard wake.input || wake.interrupted || keysWaiting else { continue }
            let (keys, more) = screen.readKeys()
            keysWaiting = more
            if !keys.isEmpty { ticking = nil }
            for key in keys {
                if key == .resize {
                    screen.invalidate()
                    continue
                }
                for effect in program.handle(key, now: Date()) { if perform(effect) { return 0 } }
            }
        }
    }

    /// Draws the frame at `now`: only the ticking block when nothing but the clock moved since the last frame.
    private mutating func drawFrame(now: Date) {
        let size = screen.size
        let next = program.ticking(size: size, now: now)
        if let next, next.follows(ticking), screen.place(next.block, x: next.area.x, y: next.area.y, screenSize: size) {
            ticking = next
            return
        }
        screen.draw(program.render(size: size, now: now))
        ticking = next
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
                ticking = nil
                program.show(problem: "NOT SAVED: \(error.message)")
            }
            readLog()
        case .appendToMeeting(let meeting, let payloads):
            ticking = nil
            guard let records else { return false }
            do {
                let written = try CarriedWrite.append(payloads, to: meeting, records: records, by: author)
                program.refreshCarried(written.items)
                if let refused = written.refused { program.show(problem: refused) }
            } catch {
                program.show(problem: "NOT SAVED: \(error.message)")
            }
        case .rereadMeetings(let meetings):
            ticking = nil
            guard let records else { return false }
            program.refreshCarried(CarriedWrite.read(meetings, records: records))
        }
        return false
    }

    private mutating func readLog() {
        guard follower != nil else { return }
        do {
            guard let events = try follower?.readNew() else { return }
            if !events.isEmpty {
                ticking = nil
                program.receive(events)
            }
        } catch {
            ticking = nil
            program.show(problem: error.message)
        }
    }
}
