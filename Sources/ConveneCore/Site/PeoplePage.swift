/// Everyone who has come to a meeting: how often, since when, and which roles they have held.
public enum PeoplePage {
    public static func render(_ figures: ArchiveFigures) -> String {
        let holders = figures.people.filter { $0.rolesHeld > 0 }.count
        var body = "<h1>People</h1>\n<p>\(figures.people.count) " + (figures.people.count == 1 ? "person has" : "people have")
            + " attended or held a role; \(holders) " + (holders == 1 ? "has" : "have") + " held a role. "
            + "<a href=\"charts.html#roles\">How widely roles are shared</a>.</p>\n"
        guard !figures.people.isEmpty else {
            return SitePage.document(title: "People", place: .archive(root: "", current: .people), body: body)
        }
        let rows = figures.people.map { person in
            [HTMLText.escape(person.name), "\(person.attended)", person.firstDate.isEmpty ? "—" : person.firstDate, person.lastDate.isEmpty ? "—" : person.lastDate,
             "\(person.rolesHeld)", HTMLText.escape(person.roleWords)]
        }
        body += SiteTable.render("People, most meetings attended first",
                                  columns: ["Name", "Meetings", "First", "Last", "Roles held", "Which roles"],
                                  rows: rows, numeric: [1, 4], unbroken: [2, 3])
        return SitePage.document(title: "People", place: .archive(root: "", current: .people), body: body)
    }
}
