import ConveneCore
import ConveneTUI
import Foundation
import Glibc

/// Runs plain mode: reads command lines from stdin and says events as sentences on stdout, with no
/// terminal needed. It sleeps in `poll` on stdin, the log watcher and the next due announcement;
/// end of input ends it cleanly, leaving the meeting to be resumed.
struct PlainLoop {
    var session: PlainSession
    let log: EventLogFile
    var follower: LogFollower
    let author: String
    /// Where items carried forward from earlier meetings are written back.
    let records: RecordsFolder
    private var pending: [UInt8] = []

    init(session: PlainSession, log: EventLogFile, follower: LogFollower, author: String, records: RecordsFolder) {
        self.session = session
        self.log = log
        self.follower = follower
        self.author = author
        self.records = records
    }

    mutating func run() -> Int32 {
        let watcher = LogWatcher(path: log.path)
        say(session.status(now: Date()) + (session.carriedGreeting.map { [$0] } ?? []) + ["Type help for the commands."])
        var last = Date()
        while true {
            let now = Date()
            say(session.tick(from: last, to: now))
            last = now
            let due = Announcer.nextAnnouncement(session.meeting, after: now).map { $0.timeIntervalSince(now) } ?? 60
            let wake = wait(watcher: watcher?.fd, timeout: min(due, watcher == nil ? 1 : 60) + 0.001)
            if wake.log { watcher?.drain() }
            readLog()
            guard wake.input else { continue }
            let (lines, closed) = readLines()
            for line in lines where handle(line) { return 0 }
            if closed {
                if !pending.isEmpty { _ = handle(String(decoding: pending, as: UTF8.self)) }
                return 0
            }
        }
    }

    /// Carries out one typed line; true when plain mode should stop.
    private mutating func handle(_ line: String) -> Bool {
        if PlainCommand.parse(line).concernsCarried && !session.carried.isEmpty {
            // Read what another screen or `convene followups` may have closed, so the list and its numbers are current.
            _ = session.refreshCarried(CarriedWrite.read(session.carried.sourceMeetings, records: records))
        }
        let answer = session.handle(line, now: Date(), noteID: NoteID.make(author: author))
        say(answer.say)
        for effect in answer.effects {
            switch effect {
            case .quit: return true
            case .bell, .flash: break
            case .append(let payloads):
                let at = Date()
                do {
                    try log.append(payloads.map { Event(at: at, by: author, $0) })
                } catch {
                    say(["Not saved: \(error.message)"])
                }
                readLog()
            case .appendToMeeting(let meeting, let payloads):
                do {
                    let written = try CarriedWrite.append(payloads, to: meeting, records: records, by: author)
                    say(session.refreshCarried(written.items) + (written.refused.map { [$0 + "."] } ?? []))
                } catch {
                    say(["Not saved: \(error.message)"])
                }
            case .rereadMeetings(let meetings):
                say(session.refreshCarried(CarriedWrite.read(meetings, records: records)))
            }
        }
        return false
    }

    private mutating func readLog() {
        do {
            let events = try follower.readNew()
            if !events.isEmpty { say(session.receive(events)) }
        } catch {
            say([error.message])
        }
    }

    private func say(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        Output.out(lines.map { Sanitized.inline($0) }.joined(separator: "\n"))
    }

    /// Sleeps until stdin or the log has something, or the timeout passes.
    private func wait(watcher: Int32?, timeout: TimeInterval) -> (input: Bool, log: Bool) {
        var fds = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0)]
        if let watcher { fds.append(pollfd(fd: watcher, events: Int16(POLLIN), revents: 0)) }
        let milliseconds = Int32(min(max(timeout, 0), 3600) * 1000)
        guard poll(&fds, nfds_t(fds.count), milliseconds) > 0 else { return (false, false) }
        return (fds[0].revents != 0, fds.count > 1 && fds[1].revents != 0)
    }

    /// Reads what stdin has, split into complete lines; `closed` at end of input.
    private mutating func readLines() -> (lines: [String], closed: Bool) {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
        if count < 0 { return ([], errno != EINTR && errno != EAGAIN) }
        if count == 0 { return ([], true) }
        pending += buffer[..<count]
        var lines: [String] = []
        while let newline = pending.firstIndex(of: 10) {
            lines.append(String(decoding: pending[..<newline], as: UTF8.self))
            pending.removeSubrange(...newline)
        }
        return (lines, false)
    }
}
