/// `convene person NAME` as text: a summary line, then each part of their history under its own heading, every
/// typed text escaped.
extension PersonHistory {
    public func text(today: String) -> String {
        let clean = Sanitized.inline
        let late = visits.filter(\.late).count, left = visits.filter { $0.mark == "left" }.count
        let tags = Set(visits.flatMap(\.tags)).sorted()
        let unmarked = visits.filter { $0.mark == "expected" }.count, absent = visits.filter { $0.mark == "absent" }.count
        var out = [clean(name), "Expected at \(visits.count) meeting\(visits.count == 1 ? "" : "s"): attended \(attended)" + (absent > 0 ? ", absent \(absent)" : "")
                   + (unmarked > 0 ? ", attendance not marked at \(unmarked)" : "")
                   + (late > 0 ? ", late \(late)" : "") + (left > 0 ? ", left early \(left)" : "")
                   + (tags.isEmpty ? "" : " · tags: " + tags.map(clean).joined(separator: ", "))]
        section(&out, "Meetings", visits) { visit in
            "\(visit.date)  \(clean(visit.title)) · " + AttendanceSection.words(
                AttendanceSection.Person(name: name, tags: visit.tags, mark: visit.mark, late: visit.late, walkIn: visit.walkIn))
        }
        section(&out, "Roles held", roles) { "\($0.date)  \(clean($0.slot)) · \($0.meeting)" }
        section(&out, "Groups and who they sat with", seats) { seat in
            "\(seat.date)  item \(seat.item) round \(seat.round) group \(seat.group): " + seat.with.map(clean).joined(separator: ", ")
        }
        if !sameCompanions.isEmpty {
            let named: [String] = sameCompanions.prefix(8).map { pair in clean(pair.name) + " (\(pair.times))" }
            out.append("  Sat with most often: " + named.joined(separator: ", "))
        }
        section(&out, "Notes and quotes", notes) { "\(Timestamp.format($0.at).prefix(10))  \($0.kind): \(clean($0.text)) · \($0.meeting)" }
        section(&out, "Follow-ups about them", followUpsAbout) { item in
            "\(item.id)  \(item.meeting.prefix(10))  \(clean(item.holder ?? "someone")): \(clean(item.text)) · " + status(item, today: today)
        }
        section(&out, "Actions and follow-ups they hold", holding) { item in
            "\(item.id)  \(item.meeting.prefix(10))  \(item.kind): " + (item.person.map { "talk with \(clean($0)): " } ?? "")
                + clean(item.text) + " · " + status(item, today: today)
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// People they sat with more than once, most often first: who they already know well in the group.
    public var sameCompanions: [(name: String, times: Int)] {
        var counts: [String: Int] = [:]
        for seat in seats { for other in seat.with { counts[other, default: 0] += 1 } }
        let repeated: [(name: String, times: Int)] = counts.filter { $0.value > 1 }.map { (name: $0.key, times: $0.value) }
        return repeated.sorted { a, b in a.times != b.times ? a.times > b.times : a.name < b.name }
    }

    private func section<T>(_ out: inout [String], _ title: String, _ rows: [T], _ line: (T) -> String) {
        out += ["", rows.isEmpty ? "\(title): none recorded" : "\(title) (\(rows.count))"]
        out += rows.map { "  " + line($0) }
    }

    /// An item's status in capitals, with what came of it: `OPEN, OVERDUE`, `DONE (4/5): came to the rally`.
    private func status(_ item: FollowUpItem, today: String) -> String {
        switch item.status {
        case .open: return item.isOverdue(today: today) ? "OPEN, OVERDUE (due \(Sanitized.inline(item.due ?? "")))" : "OPEN"
        case .done: return "DONE" + (item.assessment.map { " (\($0)/5)" } ?? "") + (item.outcome.map { ": " + Sanitized.inline($0) } ?? "")
        case .dropped: return "DROPPED" + (item.reason.map { ": " + Sanitized.inline($0) } ?? "")
        }
    }
}
