/// A calendar date with an optional time of day, as written in an agenda (no time zone).
public struct AgendaDate: Codable, Equatable, Sendable {
    public var year: Int
    public var month: Int
    public var day: Int
    /// Minutes after midnight, when the agenda gives a time.
    public var minuteOfDay: Int?

    public init(year: Int, month: Int, day: Int, minuteOfDay: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.minuteOfDay = minuteOfDay
    }

    /// Parses `YYYY-MM-DD` with an optional `HH:MM`, rejecting impossible dates.
    public static func parse(_ text: String) -> AgendaDate? {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 1 || parts.count == 2 else { return nil }
        let ymd = parts[0].split(separator: "-", omittingEmptySubsequences: false)
        guard ymd.count == 3, ymd[0].count == 4, ymd[1].count == 2, ymd[2].count == 2,
            let y = Int(digits: ymd[0]), let m = Int(digits: ymd[1]), let d = Int(digits: ymd[2]),
            (1...12).contains(m), (1...daysIn(month: m, year: y)).contains(d)
        else { return nil }
        var date = AgendaDate(year: y, month: m, day: d)
        if parts.count == 2 {
            let hm = parts[1].split(separator: ":", omittingEmptySubsequences: false)
            guard hm.count == 2, hm[0].count <= 2, hm[1].count == 2,
                let h = Int(digits: hm[0]), let mi = Int(digits: hm[1]), (0..<24).contains(h), (0..<60).contains(mi)
            else { return nil }
            date.minuteOfDay = h * 60 + mi
        }
        return date
    }

    /// `YYYY-MM-DD` or `YYYY-MM-DD HH:MM`.
    public var text: String {
        let ymd = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        guard let minutes = minuteOfDay else { return ymd }
        return ymd + " " + ClockText.hoursMinutes(minuteOfDay: minutes)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}
