import ConveneCore

/// Attendance typed as words: the marks the `a` screen makes, for a facilitator who cannot see that screen.
extension PlainSession {
    /// `here`, `absent`, `left` and `walk-in`: the event to append, or why there is none.
    func mark(_ command: PlainCommand) -> (say: [String], effects: [Effect]) {
        if case .walkIn(let text) = command {
            guard let arrival = meeting.walkInArrival(text) else { return ([PlainCommand.walkInHint], []) }
            return ([], [.append([arrival])])
        }
        let typed: String
        switch command {
        case .here(let name), .absent(let name), .left(let name): typed = name
        default: return ([], [])
        }
        let name: String
        switch TypedName.find(typed, among: meeting.people.map(\.name)) {
        case .one(let found): name = found
        case .several(let names): return ([TypedName.several(typed, names)], [])
        case .none: return (["No one called \(typed) is on the roster. To add someone who is not, type: walk-in \(typed)"], [])
        }
        let mark = meeting.attendance.record(of: name).mark
        switch command {
        case .here:
            if mark == .present { return (["\(name) is already here."], []) }
            return ([], [.append([PersonArrived(name: name, late: meeting.hasBegun ? true : nil)])])
        case .absent:
            if mark == .absent { return (["\(name) is already marked absent."], []) }
            return ([], [.append([PersonMarkedAbsent(name: name)])])
        default:
            guard mark == .present else { return (["Only someone who is here can leave; \(name) is \(Self.words(mark))."], []) }
            return ([], [.append([PersonLeft(name: name)])])
        }
    }

    /// `attendance`: the counts, then who stands where, one line each, in roster order then walk-ins.
    public var attendance: [String] {
        let people = meeting.people
        guard !people.isEmpty else { return ["Nobody is on the roster yet. Type walk-in NAME to add someone who is here."] }
        let record = meeting.attendance.record(of:)
        func named(_ mark: Attendance.Mark) -> [String] { people.map(\.name).filter { record($0).mark == mark } }
        let here = named(.present), left = named(.left), absent = named(.absent), waiting = named(.expected)
        let late = here.filter { record($0).late }.count
        var counts = "\(here.count) of \(people.count) here" + (late > 0 ? ", \(late) of them late" : "")
        if !left.isEmpty { counts += "; \(left.count) left early" }
        if !absent.isEmpty { counts += "; \(absent.count) absent" }
        if !waiting.isEmpty { counts += "; \(waiting.count) not marked yet" }
        var lines = [counts + "."]
        if !here.isEmpty { lines.append("Here: " + here.map { record($0).late ? "\($0) (late)" : $0 }.joined(separator: "; ") + ".") }
        if !left.isEmpty { lines.append("Left early: \(left.joined(separator: "; ")).") }
        if !absent.isEmpty { lines.append("Absent: \(absent.joined(separator: "; ")).") }
        if !waiting.isEmpty { lines.append("Not marked yet: \(waiting.joined(separator: "; ")).") }
        return lines
    }

    private static func words(_ mark: Attendance.Mark) -> String {
        switch mark {
        case .expected: "not marked yet"
        case .present: "here"
        case .absent: "marked absent"
        case .left: "already gone"
        }
    }
}
