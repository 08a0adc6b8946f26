import ConveneCore
import Foundation

/// The shared-screen view: title, the current item, the countdown's minutes as large as fits with its seconds
/// beside them, and the prompt.
///
/// It shows no roster columns at all, so nothing private reaches a projector or a shared call. The countdown and its
/// words are a block of their own, the only part that moves with the clock.
public enum ProjectorView {
    public static func render(_ state: FacilitatorState, size: Size, now: Date) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let meeting = state.meeting
        centre(meeting.agenda.title, y: 1, style: .dim, into: &buffer)
        guard let item = meeting.currentItem else { return buffer }
        centre(item.title, y: 3, style: .heading, into: &buffer)
        let prompt = promptLines(item, size: size)
        for (offset, line) in prompt.enumerated() {
            centre(line, y: size.height - prompt.count - 1 + offset, style: .bold, into: &buffer)
        }
        if let countdown = countdown(state, promptRows: prompt.count, size: size, now: now) {
            buffer.place(countdown.block, x: countdown.area.x, y: countdown.area.y)
        }
        return buffer
    }

    /// The countdown block: nothing else on the projector moves while only the clock does.
    static func ticking(_ state: FacilitatorState, size: Size, now: Date) -> Ticking? {
        guard let item = state.meeting.currentItem else { return nil }
        return countdown(state, promptRows: promptLines(item, size: size).count, size: size, now: now)
    }

    private static func promptLines(_ item: AgendaItem, size: Size) -> [String] {
        Array((item.prompt.map { TextWrap.lines($0, width: size.width - 8) } ?? []).prefix(4))
    }

    /// The figure as large as fits between the titles and the prompt, its seconds small beside it, and its state
    /// in words below; the block spans the screen's width, so where the figure sits within it is the block's own.
    private static func countdown(_ state: FacilitatorState, promptRows: Int, size: Size, now: Date) -> Ticking? {
        let status = CountdownStatus(meeting: state.meeting, now: now)
        let room = size.height - 6 - promptRows - (promptRows > 0 ? 1 : 0) - 1
        let figure = ProjectorFigure(status.figure)
        let smallWidth = figure.small.isEmpty ? 0 : BigDigits.width(of: figure.small, scale: 1) + 2
        let scale = BigDigits.scale(for: figure.large, width: size.width - 4 - smallWidth, height: max(room, BigDigits.glyphHeight))
        let digitsHeight = BigDigits.glyphHeight * scale
        let largeWidth = BigDigits.width(of: figure.large, scale: scale)
        let left = max(0, (size.width - largeWidth - smallWidth) / 2)
        var block = ScreenBuffer(size: Size(width: size.width, height: digitsHeight + 2))
        BigDigits.draw(figure.large, x: left, y: 0, scale: scale, style: status.style, into: &block)
        if !figure.small.isEmpty {
            BigDigits.draw(figure.small, x: left + largeWidth + 2, y: digitsHeight - BigDigits.glyphHeight, scale: 1,
                           style: status.style, into: &block)
        }
        centre(status.state, y: digitsHeight + 1, style: status.style, into: &block)
        return Ticking(still: .projector, x: 0, y: 5 + max(0, (room - digitsHeight) / 2), block: block)
    }

    private static func centre(_ text: String, y: Int, style: Style, into buffer: inout ScreenBuffer) {
        let width = DisplayWidth.of(text)
        buffer.put(text, x: max(0, (buffer.size.width - width) / 2), y: y, style: style, width: buffer.size.width)
    }
}
