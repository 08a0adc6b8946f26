/// Plain mode's sentences end once: a title that already ends in `?`, `!` or `.` is not given a second stop.
extension String {
    /// The text with a full stop added unless it already ends a sentence.
    var endingSentence: String {
        guard let last else { return self }
        return ".?!…".contains(last) ? self : self + "."
    }

    /// A notice as a sentence: a capital first letter and one full stop.
    var asSentence: String { (prefix(1).uppercased() + dropFirst()).endingSentence }
}
