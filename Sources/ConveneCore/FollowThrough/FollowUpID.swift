/// The short id an organizer types for an action or follow-up (`k7q2xm`): the same on every run and every machine,
/// because it is a hash of the meeting's id and the note's id, never a position in a list that could shift.
public enum FollowUpID {
    /// Six letters and digits from Crockford's base 32 (no i, l, o or u), so it reads aloud and types without doubt.
    public static let length = 6
    static let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz".utf8)

    public static func make(meeting: String, note: String) -> String {
        // FNV-1a over `meeting/note`: stable across Swift versions, unlike `Hasher`, which is seeded per process.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in meeting.utf8 + [UInt8(ascii: "/")] + note.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        var out: [UInt8] = []
        for _ in 0..<length {
            out.append(alphabet[Int(hash & 31)])
            hash >>= 5
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `text` could be (a prefix of) a short id: what an organizer typed, lower-cased and trimmed.
    public static func looksLikeID(_ text: String) -> Bool {
        !text.isEmpty && text.count <= length && text.utf8.allSatisfy { alphabet.contains($0) }
    }
}
