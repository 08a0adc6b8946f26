import Foundation

extension Date {
    /// The start of the minute this instant falls in, the moment a clock showing `HH:MM` last turned over.
    public var startOfMinute: Date {
        Date(timeIntervalSince1970: (timeIntervalSince1970 / 60).rounded(.down) * 60)
    }
}
