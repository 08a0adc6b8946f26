import ConveneCore
import ConveneTUI
import Foundation

/// The review screen as a live program: the pure state and view, plus the record reads, searches and exports it asks for.
struct ReviewProgram: LiveProgram {
    var state: ReviewState
    let records: RecordsFolder

    init(records: RecordsFolder, now: Date) {
        self.records = records
        state = ReviewState(meetings: RecordsIndex(records: records).digests(now: now).map(\.summary))
    }

    func render(size: Size, now: Date) -> ScreenBuffer { ReviewView.render(state, size: size) }

    mutating func handle(_ key: Key, now: Date) -> [Effect] {
        var effects: [Effect] = []
        for request in state.update(key: key) {
            switch request {
            case .quit: effects.append(.quit)
            case .open(let id):
                do { state.open(try records.record(id, now: now)) } catch { state.notice = error.message }
            case .search(let query): state.found(RecordsIndex(records: records).search(query, now: now))
            case .export(let id): export(id, now: now)
            case .followUps(let all):
                let today = AgendaDate(dayOf: now, secondsFromGMT: TimeZone.current.secondsFromGMT(for: now)).text
                state.listed(RecordsIndex(records: records).followUps(now: now, openOnly: !all), all: all, today: today)
            }
        }
        return effects
    }

    /// Writes the open record as Markdown to `exports/<id>.md` in the records folder (0600) and says where.
    private mutating func export(_ id: String, now: Date) {
        guard let record = state.record else { return }
        let folder = records.root + "/exports"
        mkdir(folder, 0o700)
        let path = folder + "/" + id + ".md"
        do {
            try FileBytes.writeAtomically(Array(RecordMarkdown.render(record).utf8), to: path)
            state.notice = "Exported to \(path)"
        } catch {
            state.notice = "NOT EXPORTED: \(error.message)"
        }
    }

    mutating func receive(_ events: [Event]) {}

    mutating func tick(from: Date, to: Date) -> [Effect] { [] }

    func nextChange(after now: Date) -> Date { now.addingTimeInterval(60) }

    mutating func show(problem: String) { state.notice = problem }
}
