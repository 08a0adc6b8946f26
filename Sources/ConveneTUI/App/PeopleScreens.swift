import ConveneCore

/// What the attendance and roles screens hold between keys: cursors, an open input or list, and role history.
public struct PeopleScreens: Sendable {
    /// A role slot whose holder is being chosen, and the cursor in the list of present people.
    public struct Pick: Sendable {
        public var slot: RoleSlot
        public var cursor: Int
    }

    public var attendanceCursor = 0
    public var rolesCursor = 0
    /// The walk-in name being typed, when open.
    public var walkIn: NameField?
    /// The name being typed to find someone in the attendance list or the roles picker, when open.
    public var find: NameField?
    public var picking: Pick?
    /// The first slot of a swap, waiting for the second.
    public var swapFrom: RoleSlot?
    /// Who held which role in earlier meetings, loaded by the program that opened the meeting.
    public var history = RoleHistory()

    public init() {}
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
