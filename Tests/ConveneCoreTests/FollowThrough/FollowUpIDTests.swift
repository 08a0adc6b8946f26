import ConveneCore
import Testing

/// Short ids are the same on every run, differ between notes and meetings, and use only unambiguous characters.
@Suite struct FollowUpIDTests {
    @Test func stableAndDistinct() {
        let a = FollowUpID.make(meeting: "2026-08-30-visioning", note: "n1")
        #expect(a == FollowUpID.make(meeting: "2026-08-30-visioning", note: "n1"))
        #expect(a.count == FollowUpID.length)
        #expect(a != FollowUpID.make(meeting: "2026-08-30-visioning", note: "n2"))
        #expect(a != FollowUpID.make(meeting: "2026-09-03-visioning", note: "n1"))
        #expect(a.allSatisfy { "0123456789abcdefghjkmnpqrstvwxyz".contains($0) })
    }

    @Test func knownValueNeverChanges() {
        // A value pinned here: an id printed on paper last year must still name the same item.
        #expect(FollowUpID.make(meeting: "2026-08-30-visioning", note: "n1") == "ngpjsk")
    }

    @Test func looksLikeID() {
        #expect(FollowUpID.looksLikeID("k7q2"))
        #expect(!FollowUpID.looksLikeID("Ana"))
        #expect(!FollowUpID.looksLikeID(""))
        #expect(!FollowUpID.looksLikeID("k7q2xmz"))
    }
}
