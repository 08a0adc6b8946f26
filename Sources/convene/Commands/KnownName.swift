import ConveneCore

/// The one recorded name a typed name means, for commands that look a person up (`person`, `followups --mine`).
enum KnownName {
    /// The whole name `typed` matches among `names` (case and accents aside, or the first words of one name alone);
    /// else an error listing the names it could mean, or `nobody(name)` followed by close names or else `hint`.
    static func resolve(_ typed: String, among names: Set<String>, nobody: (String) -> String, hint: String = "") throws(CLIError) -> String {
        let shown = DisplayWidth.truncate(Sanitized.inline(typed), to: 40)
        switch TypedName.find(typed.trimmingSpaces, among: names.sorted()) {
        case .one(let name):
            return name
        case .several(let matches):
            let more = matches.count > 8 ? " and \(matches.count - 8) more" : ""
            throw .input("'\(shown)' could be \(quoted(matches.prefix(8)))\(more); type more of the name")
        case .none:
            let folded = NoteSearch.fold(typed.trimmingSpaces)
            let close = names.filter { NoteSearch.fold($0).contains(folded) }.sorted().prefix(5)
            throw .input(nobody(shown) + (close.isEmpty ? hint : "; did you mean \(quoted(close))?"))
        }
    }

    private static func quoted(_ names: some Sequence<String>) -> String {
        names.map { "'\(Sanitized.inline($0))'" }.joined(separator: ", ")
    }
}
