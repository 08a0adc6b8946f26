import ConveneCore
import Foundation

/// Breakout groups as words: who sits where, read one group per line, and planning them as the `g` screen does,
/// so a screen-reader facilitator can run the breakouts too.
extension PlainSession {
    /// `groups [N]`: the breakout item's plan, then round N's groups (0-based; nil for the round running now).
    public func groups(round wanted: Int?, now: Date) -> [String] {
        guard let index = meeting.breakoutItem, let plan = meeting.agenda.items[index].breakout else { return ["This agenda has no breakout groups."] }
        let item = meeting.agenda.items[index]
        let rounds = "\(plan.rounds) round\(plan.rounds == 1 ? "" : "s")"
        var lines = ["\(item.title) breaks out in \(plan.sizingText), \(rounds) of \(SpokenDuration.say(plan.secondsPerRound(itemSeconds: item.seconds)))."]
        guard let rotation = meeting.breakouts[index]?.rotation else { return lines + ["No groups yet; type plan to make them."] }
        let round = wanted ?? meeting.breakoutRound(item: index, now: now)
        guard rotation.rounds.indices.contains(round) else { return lines + ["There is no round \(round + 1); there are \(rotation.rounds.count)."] }
        let pairings = rotation.repeats == 0 ? "nobody meets anyone twice"
            : "\(rotation.repeats) repeated pairing\(rotation.repeats == 1 ? "" : "s") in all, and no plan can have fewer than \(rotation.lowerBound)"
        lines.append("Round \(round + 1) of \(rotation.rounds.count); \(pairings).")
        lines += rotation.rounds[round].enumerated().map { "Group \($0.offset + 1): \($0.element.joined(separator: "; "))." }
        return lines
    }

    /// `plan` and `seat`: the events to append, and what the facilitator should hear about them.
    func arrange(_ command: PlainCommand, now: Date) -> (say: [String], effects: [Effect]) {
        guard let item = meeting.breakoutItem else { return (["This agenda has no breakout groups."], []) }
        if command == .plan {
            let (planned, notice) = meeting.planningGroups(item: item, now: now, maxMoves: FacilitatorState.liveMoves)
            return (notice.map { [$0.asSentence] } ?? [], planned.map { [.append([$0])] } ?? [])
        }
        guard meeting.breakouts[item] != nil else { return (["No groups yet; type plan to make them."], []) }
        let (changed, notice) = meeting.seatingLateArrivals(item: item, round: meeting.breakoutRound(item: item, now: now))
        return (notice.map { [$0.asSentence] } ?? [], changed.isEmpty ? [] : [.append(changed)])
    }
}
