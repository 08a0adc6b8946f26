import Foundation

/// Proposes an organizer for a one-to-one with every attendee who has none: pure and repeatable for the same
/// people, organizers and history.
///
/// The rule mirrors the role rota's. New people are placed first (tagged `new`, or never recorded as attending
/// before), then everyone else in roster order; each takes the organizer who comes first by:
/// 1. the lightest load: open actions and follow-ups held now, plus those given in this plan;
/// 2. fewest one-to-ones with this person before, so a person meets more of the group's organizers over time;
/// 3. for a new person, an experienced organizer (tagged `facilitator`, or two or more one-to-ones seen through);
/// 4. talked with this person least recently (never is oldest);
/// 5. the order the organizers were given in.
public enum OneToOnePlanner {
    /// One proposed one-to-one.
    public struct Proposal: Equatable, Sendable {
        public var person: String
        public var organizer: String
        public var isNew: Bool
        /// What the organizer held before this proposal, and their earlier one-to-ones with this person.
        public var organizerLoad: Int
        public var talkedBefore: Int
    }

    /// An attendee who already has an organizer, and the item that says so.
    public struct Existing: Equatable, Sendable {
        public var person: String
        public var organizer: String
        public var id: String
    }

    /// What `plan` proposes, and what it left alone.
    public struct Plan: Equatable, Sendable {
        public var proposals: [Proposal] = []
        public var existing: [Existing] = []
        public var organizers: [String] = []
        /// Open items each organizer would hold with the plan written.
        public var loadAfter: [String: Int] = [:]
    }

    /// `attendees` in roster order; `organizers` in the order ties fall, `facilitators` those of them tagged so;
    /// `items` every action and follow-up of the records (a follow-up, open anywhere or of this meeting, about an
    /// attendee means they have an organizer).
    public static func plan(meeting: String, attendees: [AttendanceSection.Person], organizers: [String], facilitators: Set<String>,
                            items: [FollowUpItem], history: OneToOneHistory) -> Plan {
        var plan = Plan(organizers: organizers)
        let organizerNames = Set(plan.organizers)
        var covered: [String: Existing] = [:]
        for item in items where item.kind == Note.Kind.followUp.rawValue && (item.status == .open || item.meeting == meeting) {
            guard let person = item.person, covered[person] == nil else { continue }
            covered[person] = Existing(person: person, organizer: item.holder ?? "nobody named", id: item.id)
        }
        let people = attendees.filter { !organizerNames.contains($0.name) }
        plan.existing = people.compactMap { covered[$0.name] }
        let waiting = people.filter { covered[$0.name] == nil }
        let isNew = Dictionary(waiting.map { ($0.name, $0.isNew || history.visits[$0.name, default: 0] == 0) }, uniquingKeysWith: { a, _ in a })
        let ordered = waiting.filter { isNew[$0.name] == true } + waiting.filter { isNew[$0.name] != true }
        var load = Dictionary(plan.organizers.map { ($0, history.load[$0, default: 0]) }, uniquingKeysWith: { a, _ in a })
        let experienced = Set(organizers.filter { facilitators.contains($0) || history.completed[$0, default: 0] >= 2 })
        for person in ordered {
            let new = isNew[person.name] == true
            let choice = plan.organizers.enumerated().min { a, b in
                key(a.element, a.offset, for: person.name, new: new, load: load, experienced: experienced, history: history)
                    < key(b.element, b.offset, for: person.name, new: new, load: load, experienced: experienced, history: history)
            }
            guard let organizer = choice?.element else { break }
            plan.proposals.append(Proposal(person: person.name, organizer: organizer, isNew: new, organizerLoad: load[organizer, default: 0],
                                           talkedBefore: history.talks(organizer, with: person.name).count))
            load[organizer, default: 0] += 1
        }
        plan.loadAfter = load
        return plan
    }

    private static func key(_ organizer: String, _ order: Int, for person: String, new: Bool, load: [String: Int],
                            experienced: Set<String>, history: OneToOneHistory) -> (Int, Int, Int, Double, Int) {
        let talks = history.talks(organizer, with: person)
        let support = new && !experienced.contains(organizer) ? 1 : 0
        return (load[organizer, default: 0], talks.count, support, talks.latest.timeIntervalSince1970, order)
    }
}
