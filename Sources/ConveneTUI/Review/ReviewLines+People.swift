import ConveneCore

/// The attendance, roles and groups tabs: what the log recorded of each, so a member never reads "none" for a filled slot.
extension ReviewLines {
    static func attendance(_ section: AttendanceSection) -> [(String, Style)] {
        guard section.isRecorded else {
            return [(" Expected (the roster; arrivals not recorded): \(section.count)", .heading)]
                + section.expected.map { (" " + $0.name + tags($0.tags), .plain) }
        }
        let width = min(30, section.expected.map { DisplayWidth.of($0.name) }.max() ?? 0)
        return [(" Attended: \(section.count) of \(section.expected.count) expected", .heading)]
            + section.expected.map { person in
                (" " + DisplayWidth.pad(DisplayWidth.truncate(person.name, to: width), to: width) + "  " + AttendanceSection.words(person)
                    + tags(person.tags), person.attended ? .plain : .dim)
            }
    }

    static func roles(_ section: RolesSection) -> [(String, Style)] {
        section.holders.isEmpty ? [(" none recorded", .dim)] : section.holders.map { (" \($0.slot): \($0.person)", .plain) }
    }

    static func groups(_ section: GroupsSection) -> [(String, Style)] {
        guard !section.breakouts.isEmpty else { return [(" none recorded", .dim)] }
        return section.breakouts.flatMap { breakout in
            [(" \(breakout.item). \(breakout.title) · \(breakout.repeats) repeated pairings, lower bound \(breakout.lowerBound)", Style.heading)]
                + breakout.rounds.enumerated().flatMap { r, round in
                    [("   Round \(r + 1)", Style.bold)] + round.enumerated().map { g, group in
                        ("     Group \(g + 1): " + group.joined(separator: " · "), Style.plain)
                    }
                }
        }
    }

    private static func tags(_ tags: [String]) -> String {
        tags.isEmpty ? "" : "  [" + tags.joined(separator: ", ") + "]"
    }
}
