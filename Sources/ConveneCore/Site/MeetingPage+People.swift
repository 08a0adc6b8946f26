extension MeetingPage {
    /// Everyone expected, with their mark (present, late, left early, walk-in) and roster tags.
    static func attendance(_ section: AttendanceSection) -> String {
        var out = "<h2 id=\"attendance\">Attendance</h2>\n<p>" + (section.isRecorded
            ? "\(section.count) attended of \(section.expected.count) expected."
            : "Attendance was not marked; \(section.count) expected.") + "</p>\n"
        guard !section.expected.isEmpty else { return out }
        let rows = section.expected.map { [e($0.name), e(AttendanceSection.words($0)), e($0.tags.joined(separator: ", "))] }
        out += SiteTable.render("Attendance", columns: ["Name", "Attendance", "Tags"], rows: rows)
        return out
    }

    static func roles(_ section: RolesSection) -> String {
        let out = "<h2 id=\"roles\">Roles</h2>\n"
        guard !section.holders.isEmpty else { return out + "<p>No roles recorded.</p>\n" }
        return out + SiteTable.render("Roles and who held them", columns: ["Role", "Held by"], rows: section.holders.map { [e($0.slot), e($0.person)] })
    }

    /// Each breakout's groups, round by round, with how many pairs met again.
    static func groups(_ section: GroupsSection) -> String {
        var out = "<h2 id=\"groups\">Breakout groups</h2>\n"
        guard !section.breakouts.isEmpty else { return out + "<p>No breakout groups recorded.</p>\n" }
        for breakout in section.breakouts {
            out += "<h3>\(breakout.item). " + e(breakout.title) + "</h3>\n<p class=\"meta\">\(breakout.repeats) repeated pairing"
                + (breakout.repeats == 1 ? "" : "s") + " (the fewest possible is \(breakout.lowerBound)).</p>\n"
            for (r, round) in breakout.rounds.enumerated() {
                let rows = round.enumerated().map { ["Group \($0.offset + 1)", e($0.element.joined(separator: ", "))] }
                out += SiteTable.render("Round \(r + 1)", columns: ["Group", "People"], rows: rows, unbroken: [0])
            }
        }
        return out
    }
}
