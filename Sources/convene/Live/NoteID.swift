/// Note ids unique across processes without coordination: a readable prefix from the author plus
/// 64 random bits, so two note-takers typing at the same instant never collide.
enum NoteID {
    static func make(author: String) -> String {
        let prefix = String(author.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
            .prefix(8).map(Character.init))
        let random = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        return (prefix.isEmpty ? "n" : prefix) + "-" + String(repeating: "0", count: 16 - random.count) + random
    }
}
