import ConveneCore
import Foundation

extension AgendaScreen {
    /// What the agenda screen shows from the clock outside the countdown block, each figure as it is shown, and the
    /// layout that follows from them. Equal values draw equal screens around the block.
    struct Times: Equatable {
        /// The meeting's schedule line: ahead or behind, and the projected end.
        struct Schedule: Equatable {
            var text: String
            var style: Style
        }

        var clock: String
        var schedule: Schedule
        /// When the first item starts: the actual start, or before the meeting starts, this minute.
        var listStart: Date
        var currentActual: String
        /// The agenda list's width beside the panel; nil when the list goes below it.
        var listWidth: Int?
        var panel: Rect
        /// The countdown block's layout; nil when there is no current item.
        var countdown: CountdownBlock.Layout?

        init(_ state: borrowing FacilitatorState, size: Size, figure: String, now: Date) {
            self.init(state, state.meeting, size: size, figure: figure, now: now)
        }

        /// Initializers take their arguments as their own, so these are borrowed: an idle second reads the meeting in
        /// place rather than copying it and every array and string it holds.
        private init(_ state: borrowing FacilitatorState, _ meeting: borrowing Meeting, size: Size, figure: String, now: Date) {
            clock = state.clock(now)
            listStart = meeting.timeline.startedAt ?? now.startOfMinute
            schedule = Self.schedule(state, meeting, listStart: listStart, now: now)
            let current = meeting.timeline.current
            currentActual = AgendaList.actual(meeting, current, elapsed: meeting.elapsed(current, now: now))
            let bodyTop = 2, bodyHeight = size.height - 4 - bodyTop + 1
            if size.width >= 96 {
                var widestTitle = 0
                for index in meeting.agenda.items.indices { widestTitle = max(widestTitle, DisplayWidth.of(meeting.agenda.items[index].title)) }
                let listWidth = min(max(60, widestTitle + 27), size.width * 45 / 100)
                self.listWidth = listWidth
                panel = Rect(x: listWidth + 2, y: bodyTop, size: Size(width: size.width - listWidth - 3, height: bodyHeight))
            } else {
                listWidth = nil
                panel = Rect(x: 1, y: bodyTop, size: Size(width: size.width - 2, height: bodyHeight))
            }
            countdown = meeting.agenda.items.indices.contains(current)
                ? CountdownBlock.layout(meeting, figure: figure, width: panel.size.width, height: panel.size.height) : nil
        }

        /// Before the meeting starts, its end is counted from `listStart`, as the agenda's start times are.
        private static func schedule(_ state: FacilitatorState, _ meeting: Meeting, listStart: Date, now: Date) -> Schedule {
            guard let behind = meeting.behindSeconds(now: now), let planned = meeting.plannedEnd else {
                let total = meeting.agenda.totalSeconds
                let end = state.clock(meeting.projectedEnd(now: listStart))
                return Schedule(text: " Meeting: not started · \(meeting.agenda.items.count) items, \(DurationText.format(total)) · would end \(end)",
                                style: .plain)
            }
            let end = meeting.timeline.isEnded ? "ended" : "projected end"
            let text = " Meeting: \(ClockText.aheadBehind(seconds: behind)) · \(end) \(state.clock(meeting.projectedEnd(now: now))) · planned \(state.clock(planned))"
            return Schedule(text: text, style: behind >= 60 ? .warning : .plain)
        }
    }
}
