/// Every note of a meeting in the order captured, findable by id.
public struct NoteBook: Equatable, Sendable {
    public private(set) var all: [Note] = []
    private(set) var index: [String: Int] = [:]

    public init() {}

    mutating func add(_ note: Note) {
        index[note.id] = all.count
        all.append(note)
    }

    mutating func update(_ id: String, _ change: (inout Note) -> Void) {
        guard let position = index[id] else { return }
        change(&all[position])
    }

    /// Changes an action or follow-up; an id naming any other kind of note, or none, changes nothing.
    mutating func updateTracked(_ id: String, _ change: (inout Note) -> Void) {
        guard let position = index[id], all[position].isTracked else { return }
        change(&all[position])
    }

    public subscript(id: String) -> Note? { index[id].map { all[$0] } }

    /// Notes of one breakout group (or of the whole room when `group` is nil), oldest first.
    public func notes(item: Int? = nil, group: Int?) -> [Note] {
        all.filter { (item == nil || $0.item == item) && $0.group == group }
    }
}
