/// The file name of a series' page: readable when the series name is plain ASCII words, and the same on every run
/// (meeting pages link to it and are not rewritten when other meetings change).
public enum SiteSeries {
    /// `visioning` or `healthcare-visioning` for plain lower-case words; otherwise (other scripts, punctuation, an
    /// empty series) the ASCII slug with a hash of the exact name, so two names never share a page.
    public static func slug(_ series: String) -> String {
        let words = series.split(separator: " ", omittingEmptySubsequences: false)
        let plain = !words.isEmpty && words.allSatisfy { word in
            !word.isEmpty && word.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) }
        }
        let readable = words.joined(separator: "-")
        if plain && readable.utf8.count <= 60 { return readable }
        let ascii = MeetingID.slug(series)
        return (series.isEmpty ? "none" : ascii) + "-" + FollowUpID.make(meeting: "series", note: series)
    }
}
