import ConveneCore
import Foundation

/// The shared-screen view: title, the current item, the countdown's minutes as large as fits with its seconds
/// beside them, and the prompt.
///
/// It shows no roster columns at all, so nothing private reaches a projector or a shared call.
public enum ProjectorView {
    public static func render(_ state: FacilitatorState, size: Size, now: Date) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let meeting = state.meeting
        centre(meeting.agenda.title, y: 1, style: .dim, into: &buffer)
        guard let item = meeting.currentItem else { return buffer }
        centre(item.title, y: 3, style: .heading, into: &buffer)
        let status = CountdownStatus(meeting: meeting, now: now)
        let prompt = item.prompt.map { TextWrap.lines($0, width: size.width - 8) } ?? []
        let promptRows = min(prompt.count, 4)
        let room = size.height - 6 - promptRows - (promptRows > 0 ? 1 : 0) - 1
        let figure = ProjectorFigure(status.figure)
        let smallWidth = figure.small.isEmpty ? 0 : BigDigits.width(of: figure.small, scale: 1) + 2
        let scale = BigDigits.scale(for: figure.large, width: size.width - 4 - smallWidth, height: max(room, BigDigits.glyphHeight))
        let digitsHeight = BigDigits.glyphHeight * scale
        let largeWidth = BigDigits.width(of: figure.large, scale: scale)
        let left = max(0, (size.width - largeWidth - smallWidth) / 2)
        let top = 5 + max(0, (room - digitsHeight) / 2)
        BigDigits.draw(figure.large, x: left, y: top, scale: scale, style: status.style, into: &buffer)
        if !figure.small.isEmpty {
            BigDigits.draw(figure.small, x: left + largeWidth + 2, y: top + digitsHeight - BigDigits.glyphHeight, scale: 1,
                           style: status.style, into: &buffer)
        }
        centre(status.state, y: top + digitsHeight + 1, style: status.style, into: &buffer)
        for (offset, line) in prompt.prefix(promptRows).enumerated() {
            centre(line, y: size.height - promptRows - 1 + offset, style: .bold, into: &buffer)
        }
        return buffer
    }

    private static func centre(_ text: String, y: Int, style: Style, into buffer: inout ScreenBuffer) {
        let width = DisplayWidth.of(text)
        buffer.put(text, x: max(0, (buffer.size.width - width) / 2), y: y, style: style, width: buffer.size.width)
    }
}
