import ConveneCore
import Foundation

/// The breakout screen: one round at a time, every group with its people and group roles,
/// how many pairs meet again and the least possible, and the keys to plan and change groups.
public enum GroupsView {
    public static func render(_ state: FacilitatorState, size: Size, now: Date) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let meeting = state.meeting
        guard let item = state.breakoutItem, let plan = meeting.agenda.items[item].breakout else {
            buffer.put(" Breakout groups", x: 0, y: 0, style: .heading)
            buffer.put(" This agenda has no breakout item (add 'breakout: groups of 5' to one).", x: 0, y: 2)
            footer(" Esc back  q quit", into: &buffer)
            return buffer
        }
        let title = meeting.agenda.items[item].title
        buffer.put(" Groups · \(item + 1) \(title)", x: 0, y: 0, style: .heading, width: size.width - 1)
        buffer.put(" " + plan.summary(itemSeconds: meeting.agenda.items[item].seconds), x: 0, y: 1, style: .dim)
        let round = state.shownRound(now: now)
        let running = item == meeting.timeline.current && meeting.timeline.isRunning
        let live = meeting.breakoutRound(item: item, now: now)
        guard let schedule = meeting.breakouts[item] else {
            buffer.put(" No groups yet for the \(meeting.breakoutPeople.count) people here. Press P to plan \(plan.rounds) round\(plan.rounds == 1 ? "" : "s").",
                       x: 0, y: 3, style: .bold, width: size.width)
            footer(" P plan  Esc back  ? help  q quit", into: &buffer)
            notice(state, into: &buffer)
            return buffer
        }
        let rotation = schedule.rotation
        var heading = " Round \(round + 1) of \(rotation.rounds.count)"
        if running && round == live { heading += " ▶ NOW" }
        if schedule.locked.contains(round) { heading += " · locked" }
        heading += "   ◀ ▶ other rounds"
        buffer.put(heading, x: 0, y: 2, style: running && round == live ? .selected : .bold, width: size.width)
        let figures = "\(rotation.repeats) repeated pairing\(rotation.repeats == 1 ? "" : "s") · lower bound \(rotation.lowerBound) · \(rotation.people.count) people"
        let figuresRow = size.width >= 100 ? 1 : 3
        buffer.put(figures, x: max(0, size.width - DisplayWidth.of(figures) - 1), y: figuresRow, style: rotation.repeats > rotation.lowerBound ? .warning : .good)
        let groups = rotation.rounds.indices.contains(round) ? rotation.rounds[round] : []
        if let move = state.groupsPage.moving {
            moveList(groups, move: move, top: 4, into: &buffer)
        } else {
            groupList(groups, holders: holders(meeting, item: item), top: 4, into: &buffer)
        }
        let keys = state.groupsPage.moving == nil
            ? " ◀ ▶ round  P re-plan  L lock  = same as last  j seat arrivals  m move  Esc back"
            : " ▲ ▼ person  ◀ ▶ to group  Enter move  Esc cancel"
        footer(keys, into: &buffer)
        notice(state, into: &buffer)
        return buffer
    }

    /// Group role holders by 1-based group number: `facilitator: Maya`.
    private static func holders(_ meeting: Meeting, item: Int) -> [Int: [String]] {
        var result: [Int: [String]] = [:]
        for (slot, person) in meeting.roleHolders.sorted(by: { $0.key < $1.key }) {
            if case .group(let i, let g) = slot.scope, i == item { result[g, default: []].append("\(slot.role): \(person)") }
        }
        return result
    }

    private static func groupList(_ groups: [[String]], holders: [Int: [String]], top: Int, into buffer: inout ScreenBuffer) {
        let width = buffer.size.width
        let columns = width >= 110 ? 2 : 1
        let columnWidth = width / columns
        var row = [top, top]
        for (index, group) in groups.enumerated() {
            let column = columns == 2 && row[1] < row[0] ? 1 : 0
            let x = column * columnWidth
            guard row[column] < buffer.size.height - 2 else { continue }
            let roles = holders[index + 1].map { "  (" + $0.joined(separator: ", ") + ")" } ?? ""
            buffer.put(" Group \(index + 1) · \(group.count)" + roles, x: x, y: row[column], style: .accent, width: columnWidth - 1)
            row[column] += 1
            for line in TextWrap.lines(group.joined(separator: " · "), width: columnWidth - 4) where row[column] < buffer.size.height - 2 {
                buffer.put(line, x: x + 3, y: row[column], width: columnWidth - 4)
                row[column] += 1
            }
            row[column] += 1
        }
    }

    private static func moveList(_ groups: [[String]], move: GroupsPage.Move, top: Int, into buffer: inout ScreenBuffer) {
        let people = groups.enumerated().flatMap { g, names in names.map { ($0, g) } }
        buffer.put(" Move someone: choose a person, then the group they go to.", x: 0, y: top - 1, style: .dim)
        let rows = buffer.size.height - top - 2
        let first = max(0, min(move.person - rows / 2, people.count - rows))
        for (offset, entry) in people.enumerated().dropFirst(first).prefix(max(0, rows)) {
            let selected = offset == move.person
            let target = selected ? "  → group \(move.toGroup + 1)" : ""
            buffer.put((selected ? " ▶ " : "   ") + DisplayWidth.pad(entry.0, to: 30) + " group \(entry.1 + 1)" + target,
                       x: 0, y: top + offset - first, style: selected ? .selected : .plain, width: buffer.size.width)
        }
    }

    private static func footer(_ text: String, into buffer: inout ScreenBuffer) {
        buffer.put(DisplayWidth.pad(text, to: buffer.size.width), x: 0, y: buffer.size.height - 1, style: .status)
    }

    private static func notice(_ state: FacilitatorState, into buffer: inout ScreenBuffer) {
        guard let notice = state.notice else { return }
        buffer.put(" " + notice, x: 0, y: buffer.size.height - 2, style: .warning, width: buffer.size.width)
    }
}
