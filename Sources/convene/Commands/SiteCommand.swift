import ConveneCore

/// `convene site DIR`: the whole records folder as a static HTML site members can open without a terminal.
enum SiteCommand: Command {
    static let name = "site"
    static let usage = "convene site DIR"
    static let summary = "Write a static HTML site of every meeting, with charts and notes search, into DIR."
    static let details = """
        DIR gets index.html (meetings newest first, with filters by series and title), a page per meeting (planned
        and actual times as a chart, attendance, roles, groups, notes, decisions, actions and follow-ups), a page per
        series, people.html, charts.html (attendance, new and returning people, who has held roles, time against
        plan) and search.html (every note, searched in the browser). Nothing is loaded from the network: open
        DIR/index.html from the disk or copy the folder to any web host. Pages read fully with scripts off; only
        search and the list's filters need them.
        A rerun rewrites only the meetings whose log changed, then the archive-wide pages if anything did.
        DIR must be new, empty, or an earlier convene site, and outside the records folder. Like every convene file
        the site is private to you (folders 0700, files 0600): to publish it, copy it and run 'chmod -R a+rX' on the copy.
        """

    static func run(_ arguments: Arguments, _ context: Context) throws(CLIError) -> Int32 {
        guard arguments.positional.count == 1, var folder = arguments.positional.first, !folder.isEmpty else {
            throw .usage("name one folder to write the site into", command: name)
        }
        while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
        let records = try context.records()
        let report: SiteBuild.Report
        do {
            let site = try SiteFolder.open(folder, records: records.root)
            report = try SiteBuild.run(records: records, site: site, now: context.now())
        } catch {
            // The message names the folder as typed, which may hold anything a script passed.
            throw .input(Sanitized.inline(error.message))
        }
        let shown = Sanitized.inline(folder)
        if report.rendered == 0 && report.archivePages == 0 && report.removed == 0 {
            Output.out("The site in \(shown) is up to date (\(report.meetings) meeting\(report.meetings == 1 ? "" : "s")); nothing was written.")
        } else {
            Output.out("Wrote the site in \(shown): \(report.rendered) of \(report.meetings) meeting pages rendered, "
                       + "\(report.archivePages) archive page\(report.archivePages == 1 ? "" : "s") updated"
                       + (report.removed > 0 ? ", \(report.removed) page\(report.removed == 1 ? "" : "s") of removed meetings deleted" : "")
                       + ". Open \(shown)/index.html.")
        }
        if report.meetings == 0 {
            Output.out("No meetings yet in \(Sanitized.inline(records.root)): the pages say so until there are.")
        }
        if !report.unreadable.isEmpty {
            Output.err("convene: \(report.unreadable.count) meeting log(s) could not be read and are listed without their content: "
                       + report.unreadable.prefix(5).joined(separator: ", ") + (report.unreadable.count > 5 ? ", …" : "")
                       + "; 'convene show ID' says why.")
        }
        return 0
    }
}
