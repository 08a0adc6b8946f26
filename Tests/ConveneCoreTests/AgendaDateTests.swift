import Testing
@testable import ConveneCore

@Suite struct AgendaDateTests {
    @Test(arguments: [
        ("2026-08-30", AgendaDate(year: 2026, month: 8, day: 30)),
        ("2026-08-30 14:00", AgendaDate(year: 2026, month: 8, day: 30, minuteOfDay: 840)),
        ("2026-08-30 9:05", AgendaDate(year: 2026, month: 8, day: 30, minuteOfDay: 545)),
        ("2026-08-30  23:59", AgendaDate(year: 2026, month: 8, day: 30, minuteOfDay: 1439)),
        ("2024-02-29", AgendaDate(year: 2024, month: 2, day: 29)),
        ("2000-02-29", AgendaDate(year: 2000, month: 2, day: 29)),
        ("2026-12-31 00:00", AgendaDate(year: 2026, month: 12, day: 31, minuteOfDay: 0)),
    ])
    func readsDate(text: String, date: AgendaDate) {
        #expect(AgendaDate.parse(text) == date)
    }

    @Test(arguments: [
        "2026-02-30", "2025-02-29", "1900-02-29", "2100-02-29", "2026-04-31", "2026-06-31", "2026-00-10", "2026-13-01",
        "2026-01-00", "2026-1-05", "2026-01-5", "26-01-05", "2026-01-05 24:00", "2026-01-05 12:60", "2026-01-05 12",
        "2026-01-05 12:5", "2026-01-05 123:00", "2026/01/05", "2026-01-05T12:00", "tomorrow", "",
        // Signs are not digits: `Int("+8")` is 8, but no one writes a date that way.
        "2026-+8-30", "+026-08-30", "2026-08-+3", "2026-08-30 +9:00", "2026-08-30 14:+5",
    ])
    func rejectsDate(text: String) {
        #expect(AgendaDate.parse(text) == nil)
    }

    @Test(arguments: ["2026-01-05", "2026-01-05 09:30", "0999-12-31 23:59"])
    func textReadsBack(text: String) throws {
        #expect(try #require(AgendaDate.parse(text)).text == text)
    }
}
