import ConveneCore
import Foundation

/// The facilitator's screen as a pure function of state, terminal size and the time.
///
/// `ticking` says which part of it moves while nobody touches anything, so the live loop can redraw just that.
public enum FacilitatorView {
    public static func render(_ state: FacilitatorState, size: Size, now: Date) -> ScreenBuffer {
        guard !size.isBelowMinimum else { return TooSmallView.render(size: size) }
        var buffer: ScreenBuffer
        switch state.screen {
        case .projector: buffer = ProjectorView.render(state, size: size, now: now)
        case .agenda: buffer = AgendaScreen.render(state, size: size, now: now)
        case .attendance: buffer = AttendanceView.render(state, size: size)
        case .roles: buffer = RolesView.render(state, size: size)
        case .groups: buffer = GroupsView.render(state, size: size, now: now)
        case .reportBack: buffer = ReportBackView.render(state, size: size, now: now)
        case .followUps: buffer = CarriedView.render(state, size: size, now: now)
        }
        if let text = state.banner(at: now) {
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

    /// What moves with the clock alone on the screen showing, or nil when the whole screen must be drawn: a banner,
    /// an overlay or the note editor is up (they cover the countdown), or the screen has no countdown block.
    public static func ticking(_ state: FacilitatorState, size: Size, now: Date) -> Ticking? {
        guard !size.isBelowMinimum, state.overlay == nil, state.noteTaker == nil, state.banner(at: now) == nil else { return nil }
        switch state.screen {
        case .agenda: return AgendaScreen.ticking(state, size: size, now: now)
        case .projector: return ProjectorView.ticking(state, size: size, now: now)
        case .attendance, .roles, .groups, .reportBack, .followUps: return nil
        }
    }
}
