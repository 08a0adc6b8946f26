import Foundation
import Testing
@testable import ConveneCore

@Suite struct TimestampTests {
    @Test(arguments: [
        ("1970-01-01T00:00:00.000Z", 0.0),
        ("2026-08-30T14:00:03.120Z", 1_788_098_403.12),
        ("1969-12-31T23:59:59.999Z", -0.001),
        ("1969-12-31T00:00:00.000Z", -86_400),
        ("1900-03-01T12:00:00.000Z", -2_203_848_000),
        ("2000-02-29T23:59:59.500Z", 951_868_799.5),
        ("2024-02-29T00:00:00.000Z", 1_709_164_800),
        ("2100-03-01T00:00:00.000Z", 4_107_542_400),
        ("0001-01-01T00:00:00.000Z", -62_135_596_800),
        ("9999-12-31T23:59:59.999Z", 253_402_300_799.999),
    ])
    func formatAndParse(text: String, seconds: Double) throws {
        let date = Date(timeIntervalSince1970: seconds)
        #expect(Timestamp.format(date) == text)
        let parsed = try #require(Timestamp.parse(text))
        #expect(abs(parsed.timeIntervalSince1970 - seconds) < 0.0005)
        #expect(Timestamp.format(parsed) == text)
    }

    @Test(arguments: [
        ("2026-08-30T16:00:03.120+02:00", "2026-08-30T14:00:03.120Z"),
        ("2026-08-30T08:30:03.120-05:30", "2026-08-30T14:00:03.120Z"),
        ("2026-08-31T00:30:00.000+10:30", "2026-08-30T14:00:00.000Z"),
        ("2026-03-01T01:00:00+02:00", "2026-02-28T23:00:00.000Z"),
        ("2024-03-01T01:00:00+02:00", "2024-02-29T23:00:00.000Z"),
        ("2026-08-30T14:00:03Z", "2026-08-30T14:00:03.000Z"),
        ("2026-08-30 14:00:03.1Z", "2026-08-30T14:00:03.100Z"),
        ("2026-08-30T14:00:03.123456Z", "2026-08-30T14:00:03.123Z"),
    ])
    func parsesOffsetsAndOtherPrecisions(text: String, utc: String) throws {
        #expect(Timestamp.format(try #require(Timestamp.parse(text))) == utc)
    }

    @Test(arguments: [
        "", "2026-08-30", "2026-08-30T14:00:03", "2026-08-30T14:00:03.120", "2026-08-30T14:00:03.Z", "2026-08-30T14:00:03.120+0200",
        "2026-08-30T14:00:03.120+02", "2026-08-30T14:00:03.120Zjunk", "2026-13-30T14:00:03Z", "2026-00-30T14:00:03Z",
        "2026-08-32T14:00:03Z", "2026-08-30T24:00:03Z", "2026-08-30T14:60:03Z", "2026-08-30T14:00:61Z", "2026/08/30T14:00:03Z",
        "2026-08-30t14:00:03Z", "２０２６-08-30T14:00:03Z", "-026-08-30T14:00:03Z",
    ])
    func rejects(text: String) {
        #expect(Timestamp.parse(text) == nil)
    }

    @Test func roundTripOfManyMilliseconds() {
        var rng = SeededGenerator(seed: 1970)
        for _ in 0..<20_000 {
            let millis = Int64.random(in: -5_000_000_000_000...5_000_000_000_000, using: &rng)
            let date = Date(timeIntervalSince1970: Double(millis) / 1000)
            let text = Timestamp.format(date)
            #expect(Timestamp.format(Timestamp.parse(text) ?? .distantPast) == text, "\(millis)")
            #expect(text == reference(millis), "\(millis)")
        }
    }

    /// The same figure from Foundation's calendar arithmetic, as an independent check.
    private func reference(_ millis: Int64) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let seconds = millis >= 0 ? millis / 1000 : (millis - 999) / 1000
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: Double(seconds)))
        func p(_ n: Int?, _ w: Int) -> String { String(format: "%0\(w)d", n ?? -1) }
        return "\(p(c.year, 4))-\(p(c.month, 2))-\(p(c.day, 2))T\(p(c.hour, 2)):\(p(c.minute, 2)):\(p(c.second, 2)).\(p(Int(millis - seconds * 1000), 3))Z"
    }

    @Test func civilDaysRoundTripAcrossLeapRules() {
        for days in stride(from: -800_000, through: 800_000, by: 97) {
            let (y, m, d) = Timestamp.civil(fromDays: days)
            #expect(Timestamp.daysFromCivil(y, m, d) == days)
        }
        #expect(Timestamp.daysFromCivil(2000, 3, 1) - Timestamp.daysFromCivil(2000, 2, 28) == 2)
        #expect(Timestamp.daysFromCivil(1900, 3, 1) - Timestamp.daysFromCivil(1900, 2, 28) == 1)
    }
}
