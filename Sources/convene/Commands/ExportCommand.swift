import ConveneCore

/// `convene export MEETING --format markdown|html|csv|json [-o FILE]`: a record to share where members already talk.
enum ExportCommand: Command {
    static let name = "export"
    static let usage = "convene export MEETING --format markdown|html|csv|json [--attendance] [-o FILE]"
    static let summary = "Export a record as Markdown, a self-contained HTML page, CSV or JSON."
    static let details = """
        CSV has one row per note; with --attendance, one row per person instead.
        Without -o the export goes to standard output; files are written private to you (mode 0600).
        """
    static let valuedOptions: Set<String> = ["--format", "-o"]
    static let flagOptions: Set<String> = ["--attendance"]

    static func run(_ arguments: Arguments, _ context: Context) throws(CLIError) -> Int32 {
        guard arguments.positional.count == 1 else { throw .usage("name one meeting", command: name) }
        guard let format = arguments.values["--format"] else { throw .usage("--format is required", command: name) }
        if arguments.has("--attendance") && format != "csv" { throw .usage("--attendance goes with --format csv", command: name) }
        let record = try MeetingLookup.record(arguments.positional[0], context)
        let text: String
        switch format {
        case "markdown", "md": text = RecordMarkdown.render(record)
        case "html": text = RecordHTML.render(record)
        case "csv": text = arguments.has("--attendance") ? RecordCSV.attendance(record) : RecordCSV.notes(record)
        case "json": text = RecordJSON.encode(record)
        default:
            throw .usage("--format is markdown, html, csv or json, not '\(DisplayWidth.truncate(Sanitized.inline(format), to: 20))'", command: name)
        }
        guard let file = arguments.values["-o"] else {
            Output.raw(text)
            return 0
        }
        do { try FileBytes.writeAtomically(Array(text.utf8), to: file) } catch { throw .input(error.message) }
        return 0
    }
}
