import Foundation

/// Finds who a typed name means among known people, forgiving case and accents (`maria jose` finds
/// María José Hernández), so nobody need spell a roster name exactly: not a screen-reader user in plain mode,
/// nor an organizer at `convene person`.
public enum TypedName {
    public enum Match: Equatable, Sendable {
        case one(String)
        case several([String])
        case none
    }

    /// The whole name when one matches; else the names the typed words begin (whole words first, so `ama` is Ama
    /// Owusu and not Amara; any start after that, so `鈴木` finds 鈴木一郎, written without a space).
    public static func find(_ typed: String, among names: [String]) -> Match {
        let wanted = fold(typed.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " "))
        guard !wanted.isEmpty else { return .none }
        if names.contains(typed) { return .one(typed) }
        let whole = names.filter { fold($0) == wanted }
        if !whole.isEmpty { return whole.count == 1 ? .one(whole[0]) : .several(whole) }
        let folded = names.map { (name: $0, folded: fold($0)) }.filter { $0.folded.hasPrefix(wanted) }
        let wordStarts = folded.filter { [" ", ",", "-"].contains($0.folded.dropFirst(wanted.count).first.map(String.init) ?? "") }
        let starts = (wordStarts.isEmpty ? folded : wordStarts).map(\.name)
        switch starts.count {
        case 0: return .none
        case 1: return .one(starts[0])
        default: return .several(starts)
        }
    }

    /// The first of `names` that `typed` begins, whole or at any word (`owusu` fits Ama Owusu, `鈴木` fits 鈴木一郎),
    /// so a list can jump to someone as their name is typed; nil when none does or nothing is typed.
    public static func firstFitting(_ typed: String, in names: [String]) -> Int? {
        let wanted = fold(typed.trimmingSpaces)
        guard !wanted.isEmpty else { return nil }
        return names.firstIndex { name in
            let folded = fold(name)
            return folded.hasPrefix(wanted) || folded.split(whereSeparator: { [" ", ",", "-"].contains($0) }).contains { $0.hasPrefix(wanted) }
        }
    }

    /// The one of `names` whose first word is `firstName` (case and accents aside), unless someone is called just
    /// that or several share it: `ama` is Ama Owusu when she is the only Ama.
    public static func onlyOne(calledFirst firstName: String, among names: [String]) -> String? {
        let wanted = fold(firstName)
        guard !names.contains(where: { fold($0) == wanted }) else { return nil }
        let sharing = names.filter { name in name.split(whereSeparator: \.isWhitespace).first.map { fold(String($0)) } == wanted }
        return sharing.count == 1 ? sharing[0] : nil
    }

    /// What to say when a typed name could be several people: the first eight, and how many more.
    public static func several(_ typed: String, _ names: [String], who: String = "people") -> String {
        let listed = names.prefix(8).joined(separator: "; ") + (names.count > 8 ? "; and \(names.count - 8) more" : "")
        return "Several \(who) match \(typed): \(listed). Type more of the name."
    }

    private static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}
