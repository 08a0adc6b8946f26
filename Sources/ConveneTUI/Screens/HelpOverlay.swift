/// Every key of the screen showing, in a box that any key closes; each row fits the smallest (60x18) terminal.
enum HelpOverlay {
    static let rows: [(String, Style)] = [
        ("space  start, pause or resume the current item", .plain),
        ("n      next item (it starts now); on the last, end", .plain),
        ("b      back to the previous item", .plain),
        ("+ / -  one minute more / less (= and _ work too)", .plain),
        ("s      skip this item", .plain),
        ("p      projector view (big digits, title, prompt)", .plain),
        ("a / r  attendance / roles screens", .plain),
        ("g      groups: plan, move, lock, seat late arrivals", .plain),
        ("t / w  take a note / report back: every group's notes", .plain),
        ("f      open actions from earlier meetings: close them", .plain),
        ("? / F1 this help", .plain),
        ("Esc    close a box or the projector; never quits", .plain),
        ("q      quit this screen; the meeting goes on", .plain),
        closing,
    ]

    static let attendanceRows: [(String, Style)] = [
        ("↑ / ↓  move (PgUp PgDn Home End j k too)", .plain),
        ("space  present / absent (Enter too); late once begun", .plain),
        ("l      left early", .plain),
        ("w      add a walk-in: Name / tag tag", .plain),
        ("/      find a name as you type; Enter marks present", .plain),
        ("r / g  roles / groups screens", .plain),
        ("Esc    back to the agenda", .plain),
        closing,
    ]

    static let rolesRows: [(String, Style)] = [
        ("↑ / ↓  move (PgUp PgDn Home End j k too)", .plain),
        ("Enter  choose who holds the role (/ finds a name)", .plain),
        ("x      swap: x on one role, then x on the other", .plain),
        ("c      clear the holder", .plain),
        ("s / S  suggest for this role / for every empty one", .plain),
        ("a / g  attendance / groups screens", .plain),
        ("Esc    back to the agenda", .plain),
        closing,
    ]

    static let groupsRows: [(String, Style)] = [
        ("◀ / ▶  previous / next round", .plain),
        ("↑ / ↓  scroll to the other groups", .plain),
        ("P      plan; re-plan rounds not started or locked", .plain),
        ("=      this round the same as the last", .plain),
        ("j      seat late arrivals in this round", .plain),
        ("m      move someone: ↑↓ person, ◀▶ group, Enter", .plain),
        ("L      lock or unlock this round", .plain),
        ("a / r  attendance / roles screens", .plain),
        ("Esc    back to the agenda", .plain),
        closing,
    ]

    static let carriedRows: [(String, Style)] = [
        ("↑ / ↓  move (PgUp PgDn Home End j k too)", .plain),
        ("d      done: type what came of it, Enter saves", .plain),
        ("Enter  the same as d", .plain),
        ("x      drop: type why, Enter drops", .plain),
        ("f/Esc  back to the agenda", .plain),
        closing,
    ]

    private static let closing = ("Any key closes this help.", Style.dim)

    static func draw(screen: FacilitatorState.Screen, into buffer: inout ScreenBuffer) {
        switch screen {
        case .attendance: Box.draw(title: "Keys · attendance", rows: attendanceRows, into: &buffer)
        case .roles: Box.draw(title: "Keys · roles", rows: rolesRows, into: &buffer)
        case .groups: Box.draw(title: "Keys · groups", rows: groupsRows, into: &buffer)
        case .followUps: Box.draw(title: "Keys · earlier meetings", rows: carriedRows, into: &buffer)
        default: Box.draw(title: "Keys", rows: rows, into: &buffer)
        }
    }
}
