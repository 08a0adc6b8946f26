/// What a screen redraws when only the clock has moved: one block, placed over the last frame.
///
/// `still` holds every figure the screen shows from the clock outside the block, as shown. While it, the block's
/// area, the state and the size stay the same, everything outside the block is as last drawn, so a second's frame
/// costs the countdown's few rows instead of the whole screen. A screen builds its full picture from the same block
/// and the same `still` figures, so the two ways of drawing cannot disagree.
public struct Ticking {
    /// The figures outside the block, by screen.
    enum Still: Equatable {
        case agenda(AgendaScreen.Times)
        case projector(ProjectorView.Figures)
    }

    var still: Still
    public var area: Rect
    public var block: ScreenBuffer

    init(still: Still, x: Int, y: Int, block: ScreenBuffer) {
        self.still = still
        self.area = Rect(x: x, y: y, size: block.size)
        self.block = block
    }

    /// Whether this frame may be drawn as `last`'s frame with only the block redrawn.
    public func follows(_ last: Ticking?) -> Bool {
        guard let last else { return false }
        return last.area == area && last.still == still
    }
}
