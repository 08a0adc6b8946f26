/// The notes search: a form, a results list the script fills, and the index embedded as a JSON data block. With
/// scripts off the page says that search needs them and that every note is on its meeting's page.
public enum SearchPage {
    /// The page's bytes around `lines`, the index lines of every meeting, newest first.
    public static func render(lines: [ArraySlice<UInt8>], notes: Int) -> [UInt8] {
        let body = """
            <h1>Search notes</h1>
            <p id="search-needs-script">Search runs in your browser and needs JavaScript, which is off. Every note is also on its \
            meeting's page: start from <a href="index.html">the meeting list</a>.</p>
            <form id="search-form" role="search" hidden><label for="q">Words to find in \(grouped(notes)) note\(notes == 1 ? "" : "s") \
            (case and accents ignored)</label>
            <input type="search" id="q" name="q" autocomplete="off"></form>
            <p id="search-status" role="status" class="meta"></p>
            <ul class="hits" id="hits"></ul>
            """
        // A NUL byte, which nothing else on the page can hold, marks where the lines go.
        let marker = "\u{0}"
        let page = SitePage.document(title: "Search notes", place: .archive(root: "", current: .search), body: body, scripts: [SiteScripts.search],
                                     after: SearchIndex.opening + marker + SearchIndex.closing + "\n")
        let bytes = Array(page.utf8)
        guard let split = bytes.firstIndex(of: 0) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + lines.reduce(0) { $0 + $1.count })
        out += bytes[..<split]
        for line in lines { out += line }
        out += bytes[(split + 1)...]
        return out
    }

    /// A count with its thousands marked, `1,500,000`, as the label reads it.
    static func grouped(_ count: Int) -> String {
        let digits = Array(String(count))
        return String(digits.enumerated().flatMap { index, digit in (index > 0 && (digits.count - index) % 3 == 0 ? [","] : []) + [digit] })
    }
}
