/// Who held which role, slot by slot, as the meeting ended (or stands now).
public struct RolesSection: Codable, Equatable, Sendable {
    public struct Holder: Codable, Equatable, Sendable {
        public var slot: String
        /// The role's name alone (`note-taker`), for counting who has held which role across meetings.
        public var role: String
        public var person: String
    }

    public var holders: [Holder]

    init(meeting: Meeting) {
        holders = meeting.roleHolders.sorted { $0.key < $1.key }.map { Holder(slot: $0.key.label, role: $0.key.role, person: $0.value) }
    }

    /// How many different people held a role.
    public var distinctHolders: Int { Set(holders.map(\.person)).count }
}
