/// What the people page and the charts show, folded from every readable meeting oldest first: each person's
/// attendance and roles, and each meeting's new and returning people.
public struct ArchiveFigures: Equatable, Sendable {
    /// One person across the archive.
    public struct Person: Equatable, Sendable {
        public var name: String
        public var attended = 0
        public var firstDate = ""
        public var lastDate = ""
        /// Roles held, by role name, and in all.
        public var roles: [String: Int] = [:]
        public var rolesHeld = 0

        /// `facilitator ×3, note-taker ×1`, most held first.
        public var roleWords: String {
            roles.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { $0.key + " ×\($0.value)" }.joined(separator: ", ")
        }
    }

    /// One meeting with how many of its people came for the first time.
    public struct Meeting: Equatable, Sendable {
        public var meeting: SiteMeeting
        /// Attending for the first time in the archive.
        public var fresh: Int
        /// Attending again, having attended an earlier meeting.
        public var returning: Int
    }

    /// Oldest first: trends read left to right.
    public var meetings: [Meeting] = []
    /// Most meetings attended first, then by name.
    public var people: [Person] = []

    public init(_ all: [SiteMeeting]) {
        var byName: [String: Person] = [:]
        for meeting in all.filter(\.readable).sorted(by: { SiteMeeting.newestFirst($1, $0) }) {
            var fresh = 0
            for name in Set(meeting.people) {
                var person = byName[name] ?? Person(name: name)
                if person.attended == 0 {
                    fresh += 1
                    person.firstDate = meeting.date
                }
                person.attended += 1
                person.lastDate = meeting.date
                byName[name] = person
            }
            for role in meeting.roles {
                byName[role.person, default: Person(name: role.person)].roles[role.role, default: 0] += 1
                byName[role.person]?.rolesHeld += 1
            }
            meetings.append(Meeting(meeting: meeting, fresh: fresh, returning: Set(meeting.people).count - fresh))
        }
        people = byName.values.sorted { $0.attended != $1.attended ? $0.attended > $1.attended : $0.name < $1.name }
    }

    /// Everyone who held a role, most roles first: how widely leadership is shared.
    public var roleHolders: [Person] {
        people.filter { $0.rolesHeld > 0 }.sorted { $0.rolesHeld != $1.rolesHeld ? $0.rolesHeld > $1.rolesHeld : $0.name < $1.name }
    }
}
