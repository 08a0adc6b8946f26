import ConveneCore
import Foundation

extension FacilitatorState {
    /// Keys on the attendance screen; `nil` lets the screen-wide keys (q, ?, p, Esc) through.
    mutating func updateAttendance(key: Key) -> [Effect]? {
        if var field = people.walkIn {
            switch field.handle(key) {
            case .editing: people.walkIn = field
            case .cancelled: people.walkIn = nil
            case .accepted(let text):
                people.walkIn = nil
                return walkIn(text)
            }
            return []
        }
        let everyone = meeting.people
        if people.find != nil {
            switch stepFind(key, names: everyone.map(\.name)) {
            case .typing(let found):
                if let found { people.attendanceCursor = found }
            case .accepted(let found?):
                people.attendanceCursor = found
                return arrive(everyone[found].name)
            case .accepted(nil):
                notice = "nobody on the list fits that name; w adds a walk-in"
            case .closed:
                break
            }
            return []
        }
        switch key {
        case .character("/"):
            openFind(enter: "marks present")
            return []
        case .up, .down, .pageUp, .pageDown, .home, .end, .character("j"), .character("k"):
            people.attendanceCursor = people.attendanceCursor.moved(by: key, count: everyone.count)
            return []
        case .character("w"):
            guard canWrite() else { return [] }
            people.walkIn = NameField(prompt: "Walk-in name (tags after /): ")
            return []
        case .enter, .character(" "), .character("l"):
            guard canWrite(), everyone.indices.contains(people.attendanceCursor) else { return [] }
            let name = everyone[people.attendanceCursor].name
            let mark = meeting.attendance.record(of: name).mark
            if key == .character("l") {
                guard mark == .present else {
                    notice = "only someone present can leave"
                    return []
                }
                return [.append([PersonLeft(name: name)])]
            }
            if mark == .present { return [.append([PersonMarkedAbsent(name: name)])] }
            return arrive(name)
        default:
            return nil
        }
    }

    /// Marks someone found by name present (late once an item has begun); someone already present stays so.
    private mutating func arrive(_ name: String) -> [Effect] {
        guard canWrite() else { return [] }
        guard meeting.attendance.record(of: name).mark != .present else {
            notice = "\(Sanitized.inline(name)) is already present"
            return []
        }
        return [.append([PersonArrived(name: name, late: meeting.hasBegun ? true : nil)])]
    }

    /// Adds a walk-in from `Name / tag tag`; a name already in the room is only marked present.
    private mutating func walkIn(_ text: String) -> [Effect] {
        guard let arrival = meeting.walkInArrival(text) else {
            notice = "no name typed; nobody added"
            return []
        }
        if arrival.walkIn { people.attendanceCursor = meeting.people.count }
        return [.append([arrival])]
    }

    /// Changes are refused when the log is damaged or the meeting has ended, with a notice saying why.
    mutating func canWrite() -> Bool {
        if let readOnlyReason {
            notice = "read-only: \(readOnlyReason)"
            return false
        }
        return true
    }
}

extension Meeting {
    /// Whether any item has started: arrivals after that are late.
    var hasBegun: Bool { timeline.runs.contains { $0.hasStarted } }
}
