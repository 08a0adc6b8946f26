import ConveneCore
import Foundation

/// The facilitator's note editor: the note-taker's kind line, editor and status drawn over the bottom rows.
enum NoteOverlay {
    static func draw(_ state: JoinState, size: Size, now: Date, into buffer: inout ScreenBuffer) {
        let full = JoinView.render(state, size: size, now: now)
        let top = size.height - 4
        buffer.fill(x: 0, y: top, width: size.width, height: 4)
        for row in top..<size.height {
            for x in 0..<size.width { buffer.copy(full[x, row], x: x, y: row) }
        }
        buffer.put(" Take a note (Esc closes) ", x: 2, y: top, style: .bold)
    }
}
