import ConveneCore
import Foundation

/// The part of the current item's panel that moves every second: the figure (large when it fits), its words, and
/// when the next cue falls. Drawn as a block of its own so a frame in which only time passed redraws nothing else.
enum CountdownBlock {
    /// How the block is laid out; it changes only when the figure grows too wide for large digits.
    struct Layout: Equatable {
        var width: Int
        /// The size of the digits: 0 for the figure in plain text, 2 for double-size digits on a big screen.
        var scale: Int
        var cue: Bool

        var largeDigits: Bool { scale > 0 }

        /// A blank row, the digits and another blank row (or the figure in text), the words, and the cue.
        var size: Size {
            Size(width: width, height: (largeDigits ? BigDigits.glyphHeight * scale + 2 : 1) + 1 + (cue ? 1 : 0))
        }
    }

    /// Rows a panel keeps below double-size digits for the roles, prompt and notes.
    static let rowsBelowDoubleDigits = 14

    /// The layout in a panel `width` by `height`: large digits need the height and the figure's width, and double
    /// size ones, readable from across a room, also leave the panel room for what the facilitator reads below.
    static func layout(_ meeting: Meeting, figure: String, width: Int, height: Int) -> Layout {
        let room = height - 6
        let fits = { (scale: Int) in room >= BigDigits.glyphHeight * scale && BigDigits.width(of: figure, scale: scale) <= width - 2 }
        let scale = !fits(1) ? 0 : fits(2) && room - BigDigits.glyphHeight * 2 >= rowsBelowDoubleDigits ? 2 : 1
        return Layout(width: width, scale: scale, cue: (cueSeconds(meeting) ?? 0) > 0)
    }

    /// The current item's cue interval, read in place rather than through a copy of the whole item.
    private static func cueSeconds(_ meeting: Meeting) -> Int? {
        let index = meeting.timeline.current
        return meeting.agenda.items.indices.contains(index) ? meeting.agenda.items[index].cueSeconds : nil
    }

    static func render(_ meeting: Meeting, _ status: CountdownStatus, layout: Layout, now: Date) -> ScreenBuffer {
        var block = ScreenBuffer(size: layout.size)
        var row = 0
        if layout.largeDigits {
            BigDigits.draw(status.figure, x: 1, y: 1, scale: layout.scale, style: status.style, into: &block)
            row += BigDigits.glyphHeight * layout.scale + 2
        } else {
            block.put(status.figure, x: 0, y: row, style: status.style)
            row += 1
        }
        block.put(status.words, x: 0, y: row, style: status.style)
        if layout.cue, let cue = cueSeconds(meeting) {
            let elapsed = Int(meeting.elapsed(meeting.timeline.current, now: now))
            block.put("Cue every \(DurationText.format(cue)) · next in \(ClockText.span(cue - elapsed % cue))", x: 0, y: row + 1)
        }
        return block
    }
}
