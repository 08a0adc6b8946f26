import ConveneCore
import Foundation

/// The breakout screen: one round at a time, every group with its people and group roles,
/// how many pairs meet again and the least possible, and the keys to plan and change groups.
public enum GroupsView {
    public static func render(_ state: FacilitatorState, size: Size, now: Date) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let meeting = state.meeting
        guard let item = meeting.breakoutItem, let plan = meeting.agenda.items[item].breakout else {
            buffer.put(" Breakout groups", x: 0, y: 0, style: .heading)
            let none = "This agenda has no breakout item (add 'breakout: groups of 5' to one)."
            for (offset, line) in TextWrap.lines(none, width: size.width - 2).enumerated() {
                buffer.put(" " + line, x: 0, y: 2 + offset)
            }
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
            let ask = "No groups yet for the \(meeting.breakoutPeople.count) people here. Press P to plan \(plan.rounds) round\(plan.rounds == 1 ? "" : "s")."
            for (offset, line) in TextWrap.lines(ask, width: size.width - 2).enumerated() {
                buffer.put(" " + line, x: 0, y: 3 + offset, style: .bold)
            }
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
        var scrolled = false
        if let move = state.groupsPage.moving {
            moveList(groups, move: move, top: 4, into: &buffer)
        } else {
            scrolled = groupList(groups, holders: holders(meeting, item: item), first: state.groupsPage.firstGroup, top: 4, into: &buffer)
        }
        let full = " ◀ ▶ round  ↑ ↓ more groups  P re-plan  L lock  = same as last  j seat arrivals  m move  Esc back"
        let keys = state.groupsPage.moving != nil ? " ▲ ▼ person  ◀ ▶ to group  Enter move  Esc cancel"
            : DisplayWidth.of(full) <= size.width ? full : " ◀ ▶ round  ↑ ↓ more  P plan  m move  ? all keys  Esc back"
        footer(keys, into: &buffer)
        if scrolled && state.notice == nil {
            buffer.put(" some groups are off screen: ↑ ↓ scroll", x: 0, y: size.height - 2, style: .dim, width: size.width)
        }
        notice(state, into: &buffer)
        return buffer
    }

    /// Group role holders by 1-based group number: `facilitator: Maya`.
    private static func holders(_ meeting: Meeting, item: Int) -> [Int: [(role: String, person: String)]] {
        var result: [Int: [(role: String, person: String)]] = [:]
        for (slot, person) in meeting.roleHolders.sorted(by: { $0.key < $1.key }) {
            if case .group(let i, let g) = slot.scope, i == item { result[g, default: []].append((slot.role, person)) }
        }
        return result
    }

    private static func footer(_ text: String, into buffer: inout ScreenBuffer) {
        buffer.put(DisplayWidth.pad(text, to: buffer.size.width), x: 0, y: buffer.size.height - 1, style: .status)
    }

    private static func notice(_ state: FacilitatorState, into buffer: inout ScreenBuffer) {
        guard let notice = state.notice else { return }
        buffer.put(DisplayWidth.pad(" " + notice, to: buffer.size.width), x: 0, y: buffer.size.height - 2, style: .warning, width: buffer.size.width)
    }
}
