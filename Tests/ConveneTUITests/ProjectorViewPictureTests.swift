import ConveneCore
@testable import ConveneTUI
import Foundation
import Testing

/// The projector: minutes as large as fits, seconds small beside them, so a ticking second repaints a few cells
/// of one size and style, never the room-sized digits.
@Suite struct ProjectorViewPictureTests {
    private let start = Date(timeIntervalSince1970: 1_788_098_400)

    private func projector(_ events: [(TimeInterval, any EventPayload)]) -> FacilitatorState {
        var meeting = Meeting(opened: MeetingOpened(id: "m", agendaFile: "v.md", agenda: Samples.visioning, roster: .empty), at: start, by: "t")
        for (offset, payload) in events { meeting.apply(Event(at: start.addingTimeInterval(offset), by: "t", payload)) }
        var state = FacilitatorState(meeting: meeting, timeZone: TimeZone(identifier: "UTC")!)
        state.screen = .projector
        return state
    }

    @Test(arguments: [("14:47", "14", ":47"), ("05:00", "5", ":00"), ("00:47", "0:47", ""), ("00:00", "0:00", ""),
                      ("+03:12", "+3", ":12"), ("+00:05", "+0", ":05"), ("1:02:03", "1:02", ":03"), ("10:00", "10", ":00")])
    func theFigureSplitsIntoLargeMinutesAndSmallSeconds(figure: String, large: String, small: String) {
        let split = ProjectorFigure(figure)
        #expect(split.large == large)
        #expect(split.small == small)
    }

    @Test func at60x18EverythingFitsAtTheSmallestSize() {
        let state = projector([(0, ItemStarted(item: 1))])
        let buffer = FacilitatorView.render(state, size: Size(width: 60, height: 18), now: start.addingTimeInterval(13))
        #expect(buffer.picture == """

                    Envisioning a Just Healthcare System

               Framing: Who does our healthcare system serve?



                         ██  ██  ██      ██  ██  ██████
                         ██  ██  ██  ██  ██  ██      ██
                         ██  ██████      ██████      ██
                         ██      ██  ██      ██      ██
                         ██      ██          ██      ██

                         ▶ RUNNING · 15:00 planned


                Who does our healthcare system serve today?

        """)
    }

    @Test func at120x40TheMinutesAreLargeAndTheSecondsSitSmallAtTheirFoot() {
        let state = projector([(0, ItemStarted(item: 1))])
        let buffer = FacilitatorView.render(state, size: Size(width: 120, height: 40), now: start.addingTimeInterval(13))
        let digitRows = buffer.lines.indices.filter { buffer.lines[$0].contains("█") }
        #expect(digitRows.count > 5, "the minutes are larger than the smallest size")
        let smallRows = digitRows.suffix(5)
        let left = buffer.lines[digitRows[0]].firstIndex(of: "█").map { buffer.lines[digitRows[0]].distance(from: buffer.lines[digitRows[0]].startIndex, to: $0) } ?? 0
        for row in digitRows {
            let line = Array(buffer.lines[row])
            let right = line.lastIndex(of: "█") ?? 0
            #expect(smallRows.contains(row) ? right > left + 40 : right < 100, "row \(row): \(String(line))")
        }
        let words = buffer.contains("▶ RUNNING · 15:00 planned")
        #expect(words)
    }

    @Test func aTickingSecondChangesOnlyTheSmallSecondsAndNeverAStyle() {
        let state = projector([(0, ItemStarted(item: 1))])
        let size = Size(width: 120, height: 40)
        let before = FacilitatorView.render(state, size: size, now: start.addingTimeInterval(13))
        let after = FacilitatorView.render(state, size: size, now: start.addingTimeInterval(14))
        let runs = after.changes(since: before)
        #expect(!runs.isEmpty)
        #expect(Set(runs.map(\.y)).count <= BigDigits.glyphHeight)
        for run in runs {
            for (offset, cell) in run.cells.enumerated() {
                #expect(before[run.x + offset, run.y].style == cell.style, "a style changed at \(run.x + offset), \(run.y)")
            }
        }
    }

    @Test func inTheFinalMinuteTheWholeFigureGoesLarge() {
        let state = projector([(0, ItemStarted(item: 1))])
        let buffer = FacilitatorView.render(state, size: Size(width: 120, height: 40), now: start.addingTimeInterval(15 * 60 - 47))
        let digitRows = buffer.lines.indices.filter { buffer.lines[$0].contains("█") }
        #expect(digitRows.count == BigDigits.glyphHeight * (digitRows.count / BigDigits.glyphHeight))
        #expect(digitRows.count > BigDigits.glyphHeight)
        let warning = buffer.contains("! WARNING")
        #expect(warning)
    }

    @Test func theDigitsBoxIsOneStyleSoNoAttributeIsSentBetweenPixels() {
        let state = projector([(0, ItemStarted(item: 1))])
        let buffer = FacilitatorView.render(state, size: Size(width: 60, height: 18), now: start.addingTimeInterval(13))
        let rows = buffer.lines.indices.filter { buffer.lines[$0].contains("█") }
        for row in rows {
            let styles = buffer.styleLines[row].filter { $0 != "." }
            #expect(Set(styles) == ["G"], "row \(row): \(buffer.styleLines[row])")
            #expect(styles.count == BigDigits.width(of: "14", scale: 1) + BigDigits.width(of: ":47", scale: 1))
        }
    }
}
