import ConveneCore
import Foundation

/// The shared-screen view: title, the current item, the countdown's minutes as large as fits with its seconds
/// beside them, and the prompt.
///
/// It shows no roster columns at all, so nothing private reaches a projector or a shared call. Only the small seconds
/// tick; they are a block of their own, and everything else is drawn from `Figures`, which change once a minute.
public enum ProjectorView {
    public static func render(_ state: FacilitatorState, size: Size, now: Date) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let meeting = state.meeting
        centre(meeting.agenda.title, y: 1, style: .dim, into: &buffer)
        guard let item = meeting.currentItem else { return buffer }
        centre(item.title, y: 3, style: .heading, into: &buffer)
        let prompt = promptLines(item.prompt, size: size)
        for (offset, line) in prompt.enumerated() {
            centre(line, y: size.height - prompt.count - 1 + offset, style: .bold, into: &buffer)
        }
        let status = CountdownStatus(meeting: meeting, now: now)
        let figures = Figures(status, promptRows: prompt.count, size: size)
        BigDigits.draw(figures.large, x: figures.left, y: figures.top, scale: figures.scale, style: figures.style, into: &buffer)
        centre(figures.state, y: figures.top + BigDigits.glyphHeight * figures.scale + 1, style: figures.style, into: &buffer)
        if let seconds = seconds(status, figures: figures) { buffer.place(seconds.block, x: seconds.area.x, y: seconds.area.y) }
        return buffer
    }

    /// The small seconds; nil in an item's final minute, when the whole figure is large and every second redraws it.
    static func ticking(_ state: FacilitatorState, size: Size, now: Date) -> Ticking? {
        let meeting = state.meeting
        let index = meeting.timeline.current
        guard meeting.agenda.items.indices.contains(index) else { return nil }
        let status = CountdownStatus(meeting: meeting, now: now)
        let promptRows = promptLines(meeting.agenda.items[index].prompt, size: size).count
        return seconds(status, figures: Figures(status, promptRows: promptRows, size: size))
    }

    /// The prompt as the projector shows it: wrapped, at most four lines.
    private static func promptLines(_ prompt: String?, size: Size) -> [String] {
        Array((prompt.map { TextWrap.lines($0, width: size.width - 8) } ?? []).prefix(4))
    }

    /// What the projector shows of the countdown apart from its small seconds, and where the seconds go: the figure's
    /// large part as large as fits between the titles and the prompt, and its state in words below.
    struct Figures: Equatable {
        var large: String
        var state: String
        var style: Style
        var scale: Int
        var left: Int
        var top: Int
        /// Where the small seconds go, beside the foot of the large part; nil when there are none.
        var seconds: Rect?

        init(_ status: CountdownStatus, promptRows: Int, size: Size) {
            let room = size.height - 6 - promptRows - (promptRows > 0 ? 1 : 0) - 1
            let figure = ProjectorFigure(status.figure)
            let smallWidth = figure.small.isEmpty ? 0 : BigDigits.width(of: figure.small, scale: 1)
            scale = BigDigits.scale(for: figure.large, width: size.width - 4 - (smallWidth > 0 ? smallWidth + 2 : 0),
                                    height: max(room, BigDigits.glyphHeight))
            let largeWidth = BigDigits.width(of: figure.large, scale: scale)
            left = max(0, (size.width - largeWidth - (smallWidth > 0 ? smallWidth + 2 : 0)) / 2)
            top = 5 + max(0, (room - BigDigits.glyphHeight * scale) / 2)
            large = figure.large
            state = status.state
            style = status.style
            seconds = smallWidth > 0
                ? Rect(x: left + largeWidth + 2, y: top + BigDigits.glyphHeight * (scale - 1),
                       size: Size(width: smallWidth, height: BigDigits.glyphHeight))
                : nil
        }
    }

    private static func seconds(_ status: CountdownStatus, figures: Figures) -> Ticking? {
        guard let area = figures.seconds else { return nil }
        var block = ScreenBuffer(size: area.size)
        BigDigits.draw(ProjectorFigure(status.figure).small, x: 0, y: 0, scale: 1, style: figures.style, into: &block)
        return Ticking(still: .projector(figures), x: area.x, y: area.y, block: block)
    }

    private static func centre(_ text: String, y: Int, style: Style, into buffer: inout ScreenBuffer) {
        let width = DisplayWidth.of(text)
        buffer.put(text, x: max(0, (buffer.size.width - width) / 2), y: y, style: style, width: buffer.size.width)
    }
}
