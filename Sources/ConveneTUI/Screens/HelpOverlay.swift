/// Every key of the facilitator screen, in a box that any key closes.
enum HelpOverlay {
    static let rows: [(String, Style)] = [
        ("space  start, pause or resume the current item", .plain),
        ("n      next item (it starts now); on the last, end", .plain),
        ("b      back to the previous item", .plain),
        ("+ / -  one minute more / less (= and _ work too)", .plain),
        ("s      skip this item", .plain),
        ("p      projector view (big digits, title, prompt)", .plain),
        ("a / r  attendance / roles screens", .plain),
        ("g      breakout groups: plan, move, lock, late arrivals", .plain),
        ("t      take a note (Enter saves, Esc closes)", .plain),
        ("w      report back: notes per group as they arrive", .plain),
        ("? / F1 this help", .plain),
        ("Esc    close a box or the projector; never quits", .plain),
        ("q      quit this screen; the meeting goes on", .plain),
        ("", .plain),
        ("Any key closes this help.", .dim),
    ]

    static func draw(into buffer: inout ScreenBuffer) {
        Box.draw(title: "Keys", rows: rows, into: &buffer)
    }
}
