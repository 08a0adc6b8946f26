import Foundation

extension AgendaDate {
    /// The calendar day `date` falls on where clocks read `secondsFromGMT` ahead of UTC: today, as the room sees it.
    public init(dayOf date: Date, secondsFromGMT: Int) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + secondsFromGMT
        let (y, m, d) = Timestamp.civil(fromDays: Int((Double(seconds) / 86400).rounded(.down)))
        self.init(year: y, month: m, day: d)
    }
}
