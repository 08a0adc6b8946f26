import ConveneCore
@testable import ConveneTUI
import Foundation
import Testing

/// The `f` screen lists what earlier meetings of the series left open and closes items in the log they came from.
@Suite struct FacilitatorCarriedTests {
    private let start = Date(timeIntervalSince1970: 1_788_098_400)

    private func state(readOnly: String? = nil) -> FacilitatorState {
        let meeting = Meeting(opened: MeetingOpened(id: "m", agendaFile: "v.md", agenda: Samples.visioning, roster: .empty), at: start, by: "t")
        var state = FacilitatorState(meeting: meeting, timeZone: TimeZone(identifier: "UTC")!, readOnlyReason: readOnly)
        state.carried = [
            FollowUpItem(id: "k7q2xm", meeting: "2026-08-01-visioning", meetingTitle: "Visioning", series: "visioning", note: "a",
                         kind: "action", text: "Book the hall", holder: "Ana García", due: "2026-08-08", openedAt: start.addingTimeInterval(-86400 * 20)),
            FollowUpItem(id: "m3x9aa", meeting: "2026-08-01-visioning", meetingTitle: "Visioning", series: "visioning", note: "f",
                         kind: "follow-up", text: "Ask about childcare", holder: "山田 花子", person: "Kofi", openedAt: start.addingTimeInterval(-86400 * 20)),
        ]
        return state
    }

    private func keys(_ state: inout FacilitatorState, _ keys: [Key]) -> [Effect] {
        keys.flatMap { state.update(key: $0, now: start) }
    }

    private func typed(_ text: String) -> [Key] { text.map { Key.character($0) } }

    @Test func openingTheListReadsTheEarlierMeetingsAgainAndClosingItDoesNot() {
        var s = state()
        #expect(keys(&s, [.character("f")]).count == 1)
        #expect(keys(&s, [.character("f")]).isEmpty && s.screen == .agenda)
        var none = state()
        none.carried = []
        #expect(keys(&none, [.character("f")]).isEmpty && none.screen == .followUps)
    }

    @Test func doneAsksWhatCameOfItAndWritesToTheEarlierMeeting() throws {
        var s = state()
        guard case .rereadMeetings(let meetings)? = keys(&s, [.character("f")]).first else { Issue.record("f did not re-read"); return }
        #expect(meetings == ["2026-08-01-visioning"])
        #expect(s.screen == .followUps)
        #expect(keys(&s, [.down, .character("d")]).isEmpty)
        #expect(s.carriedPage.input?.item == "m3x9aa")
        let effects = keys(&s, typed("Coming Friday, q and all") + [.enter])
        #expect(s.carriedPage.input == nil && s.screen == .followUps)
        guard case .appendToMeeting(let meeting, let payloads)? = effects.first else { Issue.record("no write: \(effects)"); return }
        #expect(meeting == "2026-08-01-visioning")
        #expect(payloads.first as? FollowUpCompleted == FollowUpCompleted(id: "f", outcome: "Coming Friday, q and all"))
    }

    @Test func anEmptyOutcomeSaysWhereItWasReportedAndEscapeCancels() {
        var s = state()
        _ = keys(&s, [.character("f"), .enter, .character("x"), .escape])
        #expect(s.carriedPage.input == nil && s.screen == .followUps)
        let effects = keys(&s, [.enter, .enter])
        guard case .appendToMeeting(_, let payloads)? = effects.first else { Issue.record("no write"); return }
        #expect(payloads.first as? FollowUpCompleted == FollowUpCompleted(id: "a", outcome: "Reported done at Envisioning a Just Healthcare System"))
    }

    @Test func dropNeedsAReason() {
        var s = state()
        _ = keys(&s, [.character("f"), .character("x")])
        #expect(keys(&s, [.enter]).isEmpty)
        #expect(s.notice == "say why it is let go, or Esc to keep it open")
        #expect(s.carriedPage.input?.closing == .drop)
        let effects = keys(&s, typed("hall closed") + [.enter])
        guard case .appendToMeeting(_, let payloads)? = effects.first else { Issue.record("no write"); return }
        #expect(payloads.first as? FollowUpDropped == FollowUpDropped(id: "a", reason: "hall closed"))
    }

    @Test func aClosedItemStaysListedWithItsStatusAndCannotBeClosedTwice() {
        var s = state()
        var done = s.carried[0]
        done.status = .done
        done.outcome = "booked"
        s.refreshCarried([done])
        #expect(s.carried.map(\.status) == [.done, .open])
        _ = keys(&s, [.character("f"), .character("d")])
        #expect(s.carriedPage.input == nil)
        #expect(s.notice == "k7q2xm is already done")
        let picture = FacilitatorView.render(s, size: Size(width: 100, height: 20), now: start).picture
        #expect(picture.contains("From earlier meetings · 1 open of 2"))
        #expect(picture.contains("✓ done   Ana García        Book the hall · due 2026-08-08 · 2026-08-01 k7q2xm · booked"))
        #expect(picture.contains("  open     山田 花子 → Kofi  Ask about childcare · 2026-08-01 m3x9aa"))
    }

    @Test func readOnlyMeetingsCloseNothingAndFOrEscapeGoBack() {
        var s = state(readOnly: "line 3 is damaged")
        _ = keys(&s, [.character("f"), .character("d")])
        #expect(s.carriedPage.input == nil)
        #expect(s.notice == "read-only: line 3 is damaged")
        _ = keys(&s, [.character("f")])
        #expect(s.screen == .agenda)
        _ = keys(&s, [.character("f"), .escape])
        #expect(s.screen == .agenda)
    }

    @Test func overdueIsInWordsAndTheAgendaSaysWhatIsOpen() {
        let s = state()
        for size in [Size(width: 60, height: 18), Size(width: 200, height: 50)] {
            var onScreen = s
            onScreen.screen = .followUps
            let list = FacilitatorView.render(onScreen, size: size, now: start)
            let row = list.lines.firstIndex { $0.contains("Book the hall") }
            #expect(row.map { list.lines[$0].hasPrefix("▸ OVERDUE  Ana García") } == true, "\(size)\n\(list.picture)")
            let agenda = FacilitatorView.render(s, size: size, now: start)
            #expect(agenda.picture.contains("1 action and 1 follow-up open from"), "\(size)\n\(agenda.picture)")
        }
        var none = s
        none.carried = []
        #expect(!FacilitatorView.render(none, size: Size(width: 120, height: 40), now: start).picture.contains("open from"))
        none.screen = .followUps
        #expect(FacilitatorView.render(none, size: Size(width: 60, height: 18), now: start).contains("Nothing open from earlier meetings"))
    }

    @Test func helpListsTheScreensKeysAndFitsTheSmallestTerminal() {
        var s = state()
        _ = keys(&s, [.character("f"), .character("?")])
        let buffer = FacilitatorView.render(s, size: Size(width: 60, height: 18), now: start)
        #expect(buffer.contains("d      done: type what came of it, Enter saves"), "\(buffer.picture)")
        s.overlay = nil
        s.screen = .agenda
        _ = keys(&s, [.character("?")])
        #expect(FacilitatorView.render(s, size: Size(width: 60, height: 18), now: start).contains("f      open actions from earlier meetings"))
    }
}
