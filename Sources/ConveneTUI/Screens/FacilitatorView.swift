import ConveneCore
import Foundation

/// The facilitator's screen as a pure function of state, terminal size and the time.
public enum FacilitatorView {
    public static func render(_ state: FacilitatorState, size: Size, now: Date) -> ScreenBuffer {
        guard !size.isBelowMinimum else { return TooSmallView.render(size: size) }
        var buffer: ScreenBuffer
        switch state.screen {
        case .projector: buffer = ProjectorView.render(state, size: size, now: now)
        case .agenda: buffer = agenda(state, size: size, now: now)
        case .attendance: buffer = AttendanceView.render(state, size: size)
        case .roles: buffer = RolesView.render(state, size: size)
        case .groups: buffer = GroupsView.render(state, size: size, now: now)
        case .reportBack: buffer = ReportBackView.render(state, size: size, now: now)
        }
        if let text = state.banner, let until = state.bannerUntil, now < until {
            let line = DisplayWidth.pad("  \(text)", to: size.width)
            buffer.put(line, x: 0, y: state.screen == .projector ? 0 : 2, style: .alert)
        }
        switch state.overlay {
        case .help?: HelpOverlay.draw(screen: state.screen, into: &buffer)
        case .confirmEnd(let skip)?:
            Box.draw(title: skip ? "Skip the last item?" : "End the meeting?", rows: [
                (skip ? "This is the last item: skipping it ends the meeting." : "This was the last item.", .plain),
                ("", .plain),
                ("y or Enter: end the meeting", .bold),
                ("n or Esc: keep going", .plain),
            ], into: &buffer)
        case nil: break
        }
        if let noteTaker = state.noteTaker { NoteOverlay.draw(noteTaker, size: size, now: now, into: &buffer) }
        return buffer
    }

    private static func agenda(_ state: FacilitatorState, size: Size, now: Date) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let meeting = state.meeting
        header(state, size: size, now: now, into: &buffer)
        let bodyTop = 2, bodyBottom = size.height - 4
        if size.width >= 96 {
            let widestTitle = meeting.agenda.items.map { DisplayWidth.of($0.title) }.max() ?? 0
            let listWidth = min(max(60, widestTitle + 27), size.width * 45 / 100)
            AgendaList.draw(state, x: 0, y: bodyTop, width: listWidth, height: bodyBottom - bodyTop + 1, now: now, into: &buffer)
            for row in bodyTop...bodyBottom { buffer.put("│", x: listWidth, y: row, style: .dim) }
            CurrentItemPanel.draw(meeting, x: listWidth + 2, y: bodyTop, width: size.width - listWidth - 3,
                                  height: bodyBottom - bodyTop + 1, now: now, into: &buffer)
        } else {
            let used = CurrentItemPanel.draw(meeting, x: 1, y: bodyTop, width: size.width - 2,
                                             height: bodyBottom - bodyTop + 1, now: now, compact: true, into: &buffer)
            let listTop = bodyTop + used + 1
            if listTop <= bodyBottom {
                buffer.fill(x: 0, y: listTop - 1, width: size.width, height: 1, style: .dim, text: "─")
                AgendaList.draw(state, x: 0, y: listTop, width: size.width, height: bodyBottom - listTop + 1, now: now, into: &buffer)
            }
        }
        footer(state, size: size, now: now, into: &buffer)
        return buffer
    }

    private static func header(_ state: FacilitatorState, size: Size, now: Date, into buffer: inout ScreenBuffer) {
        let agenda = state.meeting.agenda
        let clock = state.clock(now)
        let placeRoom = max(0, size.width / 3 - DisplayWidth.of(clock) - 3)
        let place = agenda.place.map { DisplayWidth.truncate($0, to: placeRoom) }.flatMap { $0.isEmpty ? nil : $0 }
        let right = [place, clock].compactMap { $0 }.joined(separator: " · ")
        let rightWidth = DisplayWidth.of(right)
        buffer.put(" " + agenda.title, x: 0, y: 0, style: .heading, width: size.width - rightWidth - 2)
        buffer.put(right, x: size.width - rightWidth - 1, y: 0, style: .plain)
        buffer.fill(x: 0, y: 1, width: size.width, height: 1, style: .dim, text: "─")
    }

    private static func footer(_ state: FacilitatorState, size: Size, now: Date, into buffer: inout ScreenBuffer) {
        let meeting = state.meeting
        var schedule = " Meeting: "
        if let behind = meeting.behindSeconds(now: now), let planned = meeting.plannedEnd {
            let end = meeting.timeline.isEnded ? "ended" : "projected end"
            schedule += "\(ClockText.aheadBehind(seconds: behind)) · \(end) \(state.clock(meeting.projectedEnd(now: now))) · planned \(state.clock(planned))"
        } else {
            schedule += "not started · \(meeting.agenda.items.count) items, \(DurationText.format(meeting.agenda.totalSeconds)) · would end \(state.clock(meeting.projectedEnd(now: now)))"
        }
        let behindStyle: Style = (meeting.behindSeconds(now: now) ?? 0) >= 60 ? .warning : .plain
        buffer.put(schedule, x: 0, y: size.height - 3, style: behindStyle)
        if let next = meeting.nextItemIndex {
            let item = meeting.agenda.items[next]
            let lead = " Next: \(next + 1) ", duration = " (\(DurationText.format(item.seconds)))"
            let title = DisplayWidth.truncate(item.title, to: size.width - DisplayWidth.of(lead + duration) - 1)
            buffer.put(lead + title + duration, x: 0, y: size.height - 2, style: .plain)
        } else {
            buffer.put(meeting.timeline.isEnded ? " The meeting has ended." : " Next: this is the last item; n ends the meeting", x: 0, y: size.height - 2, style: .dim)
        }
        let status: String
        if let notice = state.notice {
            status = " \(notice)"
        } else if let reason = state.readOnlyReason {
            status = " READ-ONLY (\(reason))  p projector  ? help  q quit"
        } else {
            status = KeyHints.line(width: size.width)
        }
        buffer.put(DisplayWidth.pad(status, to: size.width), x: 0, y: size.height - 1, style: .status)
    }
}
