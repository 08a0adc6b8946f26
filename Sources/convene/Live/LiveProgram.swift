import ConveneCore
import ConveneTUI
import Foundation

/// A full-screen program the live loop drives: a state that renders, takes keys and log events.
protocol LiveProgram {
    func render(size: Size, now: Date) -> ScreenBuffer
    /// What moves on screen with the clock alone; nil when a frame must be drawn whole.
    func ticking(size: Size, now: Date) -> Ticking?
    mutating func handle(_ key: Key, now: Date) -> [Effect]
    mutating func receive(_ events: [Event])
    /// Effects due to time passing between two instants (the bell at zero, cues); the state changes only when
    /// there are effects, so a frame without them may be drawn from the last one.
    mutating func tick(from: Date, to: Date) -> [Effect]
    /// The next instant the screen changes by itself, so the loop sleeps until then and no longer.
    func nextChange(after now: Date) -> Date
    /// Shows a failure (such as a write the disk refused) without losing the screen.
    mutating func show(problem: String)
    /// Takes an earlier meeting's items as read back after a change to one of them was saved.
    mutating func refreshCarried(_ items: [FollowUpItem])
}

extension LiveProgram {
    /// Screens without a countdown draw every frame whole.
    func ticking(size: Size, now: Date) -> Ticking? { nil }

    /// Screens that show no carried-forward items ignore them.
    mutating func refreshCarried(_ items: [FollowUpItem]) {}
}
