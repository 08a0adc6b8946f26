/// `convene followups assign` as text: each proposal on a line with why it fell that way, names in aligned columns
/// whatever their script, every typed text escaped.
extension OneToOnePlanner.Plan {
    /// `rosterStoodIn` says nobody's attendance was marked, so the whole roster was planned for, and the organizer
    /// should know before writing one-to-ones with people who may not have come.
    public func text(title: String, meeting: String, written: Bool, rosterStoodIn: Bool) -> String {
        let clean = Sanitized.inline
        let names = proposals.map(\.person) + existing.map(\.person)
        let width = min(28, names.map { DisplayWidth.of(clean($0)) }.max() ?? 0)
        let organizerWidth = min(28, (proposals.map(\.organizer) + existing.map(\.organizer)).map { DisplayWidth.of(clean($0)) }.max() ?? 0)
        func column(_ text: String, _ width: Int) -> String { DisplayWidth.pad(DisplayWidth.truncate(clean(text), to: width), to: width) }
        var out = ["One-to-ones after \(clean(title)) (\(meeting))"]
        if rosterStoodIn {
            out.append("Attendance was not marked at this meeting, so everyone on its roster counts as having come.")
        }
        if proposals.isEmpty {
            out.append("Every attendee already has an organizer; nothing to propose.")
        } else {
            out.append(written ? "Recorded (\(proposals.count)) in the meeting's log:"
                : "Proposed (\(proposals.count)); nothing is written until you run this again with --write:")
            for proposal in proposals {
                let before = proposal.talkedBefore == 0 ? "first one-to-one together"
                    : "talked \(proposal.talkedBefore) time\(proposal.talkedBefore == 1 ? "" : "s") before"
                out.append("  " + (proposal.isNew ? "new  " : "     ") + column(proposal.person, width) + "  → "
                           + column(proposal.organizer, organizerWidth) + "  (held \(proposal.organizerLoad) open; \(before))")
            }
        }
        if !existing.isEmpty {
            out.append("Already have an organizer (\(existing.count)):")
            out += existing.map { "       " + column($0.person, width) + "  → " + column($0.organizer, organizerWidth) + "  (\($0.id))" }
        }
        if !proposals.isEmpty {
            out.append("Open items per organizer after this plan: "
                       + organizers.map { clean($0) + " \(loadAfter[$0, default: 0])" }.joined(separator: ", "))
        }
        return out.joined(separator: "\n")
    }
}
