import ConveneCore

/// What the attendance and roles screens hold between keys: cursors, an open input or list, and role history.
public struct PeopleScreens: Equatable, Sendable {
    public var attendanceCursor = 0
    public var rolesCursor = 0
    /// The walk-in name being typed, when open.
    public var walkIn: NameField?
    /// The slot whose holder is being chosen from present people, and the cursor in that list.
    public var picking: (slot: RoleSlot, cursor: Int)?
    /// The first slot of a swap, waiting for the second.
    public var swapFrom: RoleSlot?
    /// Who held which role in earlier meetings, loaded by the program that opened the meeting.
    public var history = RoleHistory()

    public init() {}

    public static func == (a: PeopleScreens, b: PeopleScreens) -> Bool {
        a.attendanceCursor == b.attendanceCursor && a.rolesCursor == b.rolesCursor && a.walkIn == b.walkIn
            && a.picking?.slot == b.picking?.slot && a.picking?.cursor == b.picking?.cursor && a.swapFrom == b.swapFrom
            && a.history == b.history
    }
}

extension Int {
    /// A cursor moved by a key within `0..<count`.
    func moved(by key: Key, count: Int, page: Int = 10) -> Int {
        let step: Int
        switch key {
        case .up, .character("k"): step = -1
        case .down, .character("j"): step = 1
        case .pageUp: step = -page
        case .pageDown: step = page
        case .home: return 0
        case .end: return Swift.max(0, count - 1)
        default: return self
        }
        return Swift.min(Swift.max(0, self + step), Swift.max(0, count - 1))
    }
}
