/// Formats times for people reading a countdown: `07:45`, `+03:12`, `1:02:03`, `14:05`.
public enum ClockText {
    /// A countdown figure: remaining time as `mm:ss` (or `h:mm:ss`), overrun as `+mm:ss`, never negative digits.
    public static func countdown(remainingSeconds: Int) -> String {
        remainingSeconds >= 0 ? span(remainingSeconds) : "+" + span(-remainingSeconds)
    }

    /// An unsigned span as `mm:ss`, or `h:mm:ss` from an hour up.
    public static func span(_ seconds: Int) -> String {
        let h = seconds / 3600, m = seconds % 3600 / 60, s = seconds % 60
        return h > 0 ? "\(h):\(pad(m, 2)):\(pad(s, 2))" : "\(pad(m, 2)):\(pad(s, 2))"
    }

    /// A time of day as `HH:MM`.
    public static func hoursMinutes(minuteOfDay: Int) -> String {
        let m = ((minuteOfDay % 1440) + 1440) % 1440
        return "\(pad(m / 60, 2)):\(pad(m % 60, 2))"
    }

    /// How far ahead or behind a plan is, in words a facilitator can read at a glance.
    public static func aheadBehind(seconds: Int) -> String {
        let minutes = (abs(seconds) + 30) / 60
        if minutes == 0 { return "on time" }
        return seconds > 0 ? "\(minutes) min behind" : "\(minutes) min ahead"
    }
}
