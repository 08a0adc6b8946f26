/// How good a schedule is, compared part by part in order of importance.
///
/// The order: `hard` (not-with pairs grouped together), then `facilitation` (groups left without a
/// facilitator who could have had one), then `balance` (tags `new` and `member` spread unevenly:
/// the sum of squared counts above the most even spread), then `repeats` (pairs meeting again,
/// counting earlier meetings and played rounds), then `spread` (the sum of squared extra meetings,
/// which keeps anyone from meeting the same person three times when two would do).
/// Tag balance comes before repeats: a group of newcomers with nobody who knows the ropes is worse
/// for the group than two people meeting again.
struct SearchScore: Equatable, Comparable {
    var hard = 0
    var facilitation = 0
    var balance = 0
    var repeats = 0
    var spread = 0

    static let hardWeight: Int64 = 1 << 44
    static let facilitationWeight: Int64 = 1 << 38
    static let balanceWeight: Int64 = 1 << 32
    static let repeatWeight: Int64 = 1 << 16

    static func < (a: SearchScore, b: SearchScore) -> Bool {
        (a.hard, a.facilitation, a.balance, a.repeats, a.spread) < (b.hard, b.facilitation, b.balance, b.repeats, b.spread)
    }

    /// True when every part is at or below the target's.
    func reaches(_ target: SearchScore) -> Bool {
        hard <= target.hard && facilitation <= target.facilitation && balance <= target.balance
            && repeats <= target.repeats && spread <= target.spread
    }
}
