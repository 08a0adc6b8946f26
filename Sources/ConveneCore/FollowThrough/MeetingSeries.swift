import Foundation

/// Which run of meetings a meeting belongs to, so a group's open actions follow it from one meeting to the next.
public enum MeetingSeries {
    /// The agenda's `series:` when given, else its title's stem; folded so case and accents do not split a series.
    public static func of(series: String?, title: String) -> String {
        if let series, !series.isEmpty { return NoteSearch.fold(series).split(separator: " ").joined(separator: " ") }
        return stem(title)
    }

    /// A title without its numbers, dates, `#` marks or bracketed parts: "Visioning #3 (2026-09-03)" and
    /// "Visioning 4" are both "visioning", as a group naming its meetings by number or date would expect.
    public static func stem(_ title: String) -> String {
        var kept = ""
        var depth = 0
        for character in NoteSearch.fold(title) {
            switch character {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            default:
                guard depth == 0 else { continue }
                kept.append(character.isNumber || character == "#" || character == "/" ? " " : character)
            }
        }
        let words = kept.split(whereSeparator: { $0 == " " || $0 == "\t" }).filter { word in word.contains { $0.isLetter } }
        let trimmed = words.map { $0.trimmingCharacters(in: .punctuationCharacters) }.filter { !$0.isEmpty }
        return trimmed.joined(separator: " ")
    }
}
