/// The breakout groups of every breakout item, round by round, with how many pairs met again.
public struct GroupsSection: Codable, Equatable, Sendable {
    public struct Breakout: Codable, Equatable, Sendable {
        public var item: Int
        public var title: String
        public var rounds: [[[String]]]
        public var repeats: Int
        public var lowerBound: Int
    }

    public var breakouts: [Breakout]

    init(meeting: Meeting) {
        breakouts = meeting.breakouts.keys.sorted().compactMap { item in
            guard let schedule = meeting.breakouts[item], meeting.agenda.items.indices.contains(item) else { return nil }
            return Breakout(item: item + 1, title: meeting.agenda.items[item].title, rounds: schedule.rotation.rounds,
                            repeats: schedule.rotation.repeats, lowerBound: schedule.rotation.lowerBound)
        }
    }
}
