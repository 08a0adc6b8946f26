import Foundation

/// Meeting ids, `YYYY-MM-DD-<slug-of-title>`: safe file names that can never leave the records folder.
public enum MeetingID {
    public static let maximumLength = 100

    /// A new id for a meeting opened on `day`, with `-2`, `-3`… when the plain one is taken.
    public static func make(title: String, day: AgendaDate, taken: Set<String>) -> String {
        let base = day.text.prefix(10) + "-" + slug(title)
        guard taken.contains(base) else { return base }
        var n = 2
        while taken.contains("\(base)-\(n)") { n += 1 }
        return "\(base)-\(n)"
    }

    /// Lower-case ASCII letters and digits joined by single hyphens; accents are folded, other scripts dropped.
    public static func slug(_ title: String) -> String {
        let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, out.last != "-" {
                out.append("-")
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        let cut = String(out.prefix(60))
        let trimmed = cut.hasSuffix("-") ? String(cut.dropLast()) : cut
        return trimmed.isEmpty ? "meeting" : trimmed
    }

    /// Whether `text` has the shape of an id: only `a-z`, `0-9` and `-`, not empty, not too long.
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= maximumLength && !text.hasPrefix("-")
            && text.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
    }
}
