import ConveneCore
@testable import ConveneTUI
import Foundation
import Testing

/// The facilitator screen compared as pictures: whole rows of text, plus styles where they carry meaning.
@Suite struct FacilitatorViewPictureTests {
    private let start = Date(timeIntervalSince1970: 1_788_098_400)
    private let utc = TimeZone(identifier: "UTC")!

    private func state(_ events: [(TimeInterval, any EventPayload)], agenda: Agenda = Samples.visioning) -> FacilitatorState {
        var meeting = Meeting(opened: MeetingOpened(id: "m", agendaFile: "v.md", agenda: agenda, roster: .empty), at: start, by: "t")
        for (offset, payload) in events { meeting.apply(Event(at: start.addingTimeInterval(offset), by: "t", payload)) }
        return FacilitatorState(meeting: meeting, timeZone: utc)
    }

    @Test func readyMeetingAt120x40() {
        let buffer = FacilitatorView.render(state([]), size: Size(width: 120, height: 40), now: start)
        let lines = buffer.lines
        #expect(lines[0].hasPrefix(" Envisioning a Just Healthcare System"))
        #expect(lines[0].hasSuffix("Zoom · 14:00 "))
        #expect(lines[2].contains("#  start item"))
        #expect(lines[3].hasPrefix("▶  1  14:00 Welcome and introductions"))
        #expect(lines[3].contains("10m"))
        #expect(buffer.contains("● READY · space starts the clock"))
        #expect(lines[37] == DisplayWidth.pad(" Meeting: not started · 5 items, 1h35m · would end 15:35", to: 120))
        #expect(lines[38].hasPrefix(" Next: 2 Framing: Who does our healthcare system serve? (15m)"))
        #expect(lines[39].hasPrefix(" space start/pause  n next  b back  +/- minute  s skip  p projector  ? help  q quit"))
        #expect(buffer.styleLines[39].allSatisfy { $0 == "t" })
    }

    @Test func runningWarningAndOverrunAreInWordsNotOnlyStyle() {
        let running = state([(0, ItemStarted(item: 1))])
        let size = Size(width: 120, height: 40)
        let normal = FacilitatorView.render(running, size: size, now: start.addingTimeInterval(60))
        #expect(normal.contains("▶ RUNNING · 14:00 left of 15:00"))
        let warning = FacilitatorView.render(running, size: size, now: start.addingTimeInterval(13 * 60))
        #expect(warning.contains("! WARNING · 02:00 left of 15:00"))
        let overrun = FacilitatorView.render(running, size: size, now: start.addingTimeInterval(15 * 60 + 192))
        #expect(overrun.contains("‼ OVER TIME by 03:12 (planned 15:00)"))
        #expect(!overrun.contains("-03:12"))
        let wordsRow = overrun.lines.firstIndex { $0.contains("OVER TIME") }!
        #expect(overrun.styleLines[wordsRow].contains("o"))
    }

    @Test func pausedWhileOverTimeSaysBothInTheCountdownWords() {
        let paused = state([(0, ItemStarted(item: 1)), (15 * 60 + 192, TimerPaused())])
        for size in [Size(width: 60, height: 18), Size(width: 200, height: 50)] {
            let buffer = FacilitatorView.render(paused, size: size, now: start.addingTimeInterval(40 * 60))
            let row = buffer.lines.firstIndex { $0.contains("OVER TIME") }
            #expect(buffer.contains("‼ OVER TIME by 03:12 · ❚❚ PAUSED (planned 15:00)"), "\(size)\n\(buffer.picture)")
            #expect(row.map { buffer.styleLines[$0].contains("o") } == true)
        }
    }

    @Test func aheadBehindAndProjectedEndFollowTheClock() {
        let running = state([(0, ItemStarted(item: 0)), (15 * 60, ItemStarted(item: 1))])
        let buffer = FacilitatorView.render(running, size: Size(width: 120, height: 40), now: start.addingTimeInterval(15 * 60))
        #expect(buffer.lines[37].hasPrefix(" Meeting: 5 min behind · projected end 15:40 · planned 15:35"))
        #expect(buffer.lines[3].contains("✓"))
        #expect(buffer.lines[3].contains("10m    15:00│"))
    }

    @Test func smallestTerminalKeepsEveryEssential() {
        let buffer = FacilitatorView.render(state([(0, ItemStarted(item: 0))]), size: Size(width: 60, height: 18), now: start.addingTimeInterval(5))
        #expect(buffer.lines.count == 18)
        #expect(buffer.lines[2].hasPrefix(" NOW 1/5  Welcome and introductions"))
        #expect(buffer.contains("▶ RUNNING · 09:55 left of 10:00"))
        #expect(buffer.lines[15].hasPrefix(" Meeting: on time"))
        #expect(buffer.lines[17].hasPrefix(" space start/pause  n next  b back  ? all keys  q quit"))
    }

    @Test func theNextItemKeepsItsDurationAt60Columns() {
        let buffer = FacilitatorView.render(state([(0, ItemStarted(item: 0))]), size: Size(width: 60, height: 18), now: start)
        #expect(buffer.lines[16] == DisplayWidth.pad(" Next: 2 Framing: Who does our healthcare system ser… (15m)", to: 60))
    }

    @Test func aWideTerminalShowsWholeTitlesAndEveryKey() {
        let buffer = FacilitatorView.render(state([]), size: Size(width: 200, height: 50), now: start)
        #expect(buffer.lines[5].contains("Breakouts: What does a just healthcare system look like?   40m"))
        #expect(buffer.lines[49].hasPrefix(KeyHints.full + "  g groups  t note  w report back"))
        let narrow = FacilitatorView.render(state([]), size: Size(width: 120, height: 40), now: start)
        #expect(narrow.lines[39].hasPrefix(KeyHints.full))
    }

    @Test func aPromptCutShortOnASmallScreenSaysThereIsMore() {
        var agenda = Samples.visioning
        agenda.items[0].prompt = "\"I am calling to ask the board to keep the maternity ward open for every family in the county.\""
        let buffer = FacilitatorView.render(state([], agenda: agenda), size: Size(width: 60, height: 18), now: start)
        let prompt = buffer.picture.split(separator: "\n").first { $0.hasPrefix(" Prompt:") }
        #expect(prompt == #" Prompt: "I am calling to ask the board to keep the …"#, "\(buffer.picture)")
    }

    @Test func theCurrentItemNamesWhoHoldsItsRoles() {
        let empty = FacilitatorView.render(state([]), size: Size(width: 60, height: 18), now: start)
        #expect(empty.contains(" Roles: opener: nobody yet (r assigns)"))
        let held = state([(0, RoleAssigned(slot: RoleSlot(.item(0), role: "opener"), person: "王小明"))])
        #expect(FacilitatorView.render(held, size: Size(width: 200, height: 50), now: start).contains("│ Roles: opener: 王小明"))
    }

    @Test func theFacilitatorsNotesForTheItemShowBesideTheClock() {
        var agenda = Samples.visioning
        agenda.items[0].notes = ["- Names, pronouns, one word for how you arrive", "* Read the agreements together", "Keep it short", "+ Close on time"]
        let ready = state([], agenda: agenda)
        let wide = FacilitatorView.render(ready, size: Size(width: 200, height: 50), now: start)
        #expect(wide.contains("│ · Names, pronouns, one word for how you arrive"), "\(wide.picture)")
        #expect(wide.contains("│ · Read the agreements together"))
        #expect(wide.contains("│ · Keep it short"))
        #expect(wide.contains("│ · Close on time"))
        let narrow = FacilitatorView.render(ready, size: Size(width: 60, height: 24), now: start)
        #expect(narrow.contains(" · Names, pronouns, one word for how you arrive"), "\(narrow.picture)")
        #expect(narrow.contains("#  start item"))
        let smallest = FacilitatorView.render(ready, size: Size(width: 60, height: 18), now: start)
        #expect(smallest.lines.contains { $0.hasPrefix("▶  1") }, "the agenda list keeps its current row:\n\(smallest.picture)")
        var projected = ready
        projected.screen = .projector
        #expect(!FacilitatorView.render(projected, size: Size(width: 200, height: 50), now: start).contains("Names, pronouns"),
                "the facilitator's notes are theirs, never on the projector")
    }

    @Test func aBigScreenShowsTheCountdownInDoubleSizeDigitsWithRoomLeftBelow() {
        let running = state([(0, ItemStarted(item: 1))])
        func digitRows(_ size: Size) -> Int {
            FacilitatorView.render(running, size: size, now: start.addingTimeInterval(60)).lines.filter { $0.contains("█") }.count
        }
        #expect(digitRows(Size(width: 200, height: 50)) == 2 * BigDigits.glyphHeight)
        #expect(digitRows(Size(width: 200, height: 34)) == BigDigits.glyphHeight, "too short to keep room below double digits")
        #expect(digitRows(Size(width: 120, height: 40)) == BigDigits.glyphHeight, "too narrow for double digits")
        #expect(digitRows(Size(width: 60, height: 18)) == BigDigits.glyphHeight)
        let big = FacilitatorView.render(running, size: Size(width: 200, height: 50), now: start.addingTimeInterval(60))
        #expect(big.contains("▶ RUNNING · 14:00 left of 15:00") && big.contains("│ Prompt: Who does our healthcare system serve today?"))
    }

    @Test func belowSixtyByEighteenAsksToEnlarge() {
        let buffer = FacilitatorView.render(state([]), size: Size(width: 59, height: 18), now: start)
        #expect(buffer.contains("Enlarge the terminal"))
        #expect(buffer.contains("(now 59x18)."))
        let tiny = FacilitatorView.render(state([]), size: Size(width: 20, height: 5), now: start)
        #expect(tiny.lines.count == 5)
    }

    @Test func projectorShowsTitlePromptAndDigitsButNoRosterDetails() {
        var projected = state([(0, ItemStarted(item: 1))])
        projected.screen = .projector
        let buffer = FacilitatorView.render(projected, size: Size(width: 200, height: 50), now: start.addingTimeInterval(1))
        #expect(buffer.contains("Framing: Who does our healthcare system serve?"))
        #expect(buffer.contains("Who does our healthcare system serve today?"))
        #expect(buffer.styleLines.contains { $0.contains("GGGG") })
        #expect(!buffer.contains("Next:"))
    }

    @Test func wideNamesStayAligned() {
        var agenda = Samples.visioning
        agenda.items[0].title = "欢迎 和 介绍 Bienvenue"
        let buffer = FacilitatorView.render(state([], agenda: agenda), size: Size(width: 120, height: 40), now: start)
        let rows = buffer.lines[3...4].map { DisplayWidth.of($0) }
        #expect(rows.allSatisfy { $0 == 120 })
        let planColumn = buffer.lines[3...4].map { line -> Int in
            let prefix = line.components(separatedBy: "m  ").first ?? ""
            return DisplayWidth.of(prefix)
        }
        #expect(planColumn[0] == planColumn[1])
    }

    @Test func textTypedByAnyoneCannotInjectEscapes() {
        var agenda = Samples.visioning
        agenda.title = "Evil \u{1B}[2J\u{1B}]0;pwned\u{07} title"
        let buffer = FacilitatorView.render(state([], agenda: agenda), size: Size(width: 120, height: 40), now: start)
        #expect(buffer.lines[0].contains("Evil \\e[2J\\e]0;pwned\\x07 title"))
        #expect(!buffer.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 } })
    }
}

/// Agendas for view tests, built in code so the tests do not depend on files.
enum Samples {
    static let visioning = Agenda(
        title: "Envisioning a Just Healthcare System", date: AgendaDate(year: 2026, month: 8, day: 30, minuteOfDay: 840),
        place: "Zoom", roles: ["facilitator", "note-taker"],
        items: [
            AgendaItem(title: "Welcome and introductions", seconds: 600, roles: ["opener"]),
            AgendaItem(title: "Framing: Who does our healthcare system serve?", seconds: 900, roles: ["framer"],
                       prompt: "Who does our healthcare system serve today?"),
            AgendaItem(title: "Breakouts: What does a just healthcare system look like?", seconds: 2400,
                       breakout: BreakoutPlan(sizing: .groupsOf(5), rounds: 2), groupRoles: ["facilitator", "note-taker"]),
            AgendaItem(title: "Report back", seconds: 1200),
            AgendaItem(title: "Next steps and one-to-ones", seconds: 600),
        ])
}
