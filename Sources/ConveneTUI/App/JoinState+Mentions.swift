import ConveneCore
import Foundation

extension JoinState {
    /// Names after `@` in a note's text, in order: an action's owner, a follow-up's person then organizer.
    ///
    /// A mention that begins a name of several words in `names` (the roster and walk-ins) is that whole name,
    /// so `@Chidi Eze` owns an action as Chidi Eze, not as a "Chidi" nobody in the room is called. A first name
    /// alone that only one person has, with nobody called just that, is that person too (`@ama` is Ama Owusu), so
    /// what they hold shows under their name in `convene followups` and `convene person`.
    public static func mentions(_ text: String, among names: [String] = []) -> [String] {
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        let known = names.map { $0.split(whereSeparator: \.isWhitespace).map(String.init) }.filter { $0.count > 1 }
        return words.indices.compactMap { index in
            guard words[index].hasPrefix("@") else { return nil }
            let first = String(words[index].dropFirst())
            let whole = known.filter { name in
                index + name.count <= words.count && name.indices.allSatisfy { k in
                    let word = k == 0 ? first : words[index + k]
                    let trimmed = k == name.count - 1 ? word.trimmingCharacters(in: .punctuationCharacters) : word
                    return trimmed.caseInsensitiveCompare(name[k]) == .orderedSame
                }
            }.max { $0.count < $1.count }
            if let whole { return whole.joined(separator: " ") }
            let name = first.trimmingCharacters(in: .punctuationCharacters)
            return name.isEmpty ? nil : TypedName.onlyOne(calledFirst: name, among: names) ?? name
        }
    }
}
