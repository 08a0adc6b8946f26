import Foundation

/// One member's history across meetings, for an organizer preparing a one-to-one: where they came (and came late or
/// left), which roles they held, who they sat with, what they said, and every follow-up about them or held by them.
public struct PersonHistory: Codable, Equatable, Sendable {
    /// One meeting they were expected at, and how they came.
    public struct Visit: Codable, Equatable, Sendable {
        public var meeting: String
        public var title: String
        public var date: String
        /// `present`, `left`, `absent` or `expected` (attendance was never marked).
        public var mark: String
        public var late: Bool
        public var walkIn: Bool
        public var tags: [String]
    }

    /// A role they held at one meeting.
    public struct Role: Codable, Equatable, Sendable {
        public var meeting: String
        public var date: String
        public var slot: String
    }

    /// One breakout group they sat in, and with whom.
    public struct Seat: Codable, Equatable, Sendable {
        public var meeting: String
        public var date: String
        public var item: Int
        public var round: Int
        public var group: Int
        public var with: [String]
    }

    public var name: String
    public var visits: [Visit] = []
    public var roles: [Role] = []
    public var seats: [Seat] = []
    /// Notes they wrote and quotes that name them, newest first.
    public var notes: [NoteSearch.Hit] = []
    /// Follow-ups where they are the person to talk with, oldest first.
    public var followUpsAbout: [FollowUpItem] = []
    /// Actions they own and follow-ups they organize, oldest first.
    public var holding: [FollowUpItem] = []

    public init(name: String) { self.name = name }

    /// Meetings they attended (present or left), for the summary line.
    public var attended: Int { visits.filter { $0.mark == "present" || $0.mark == "left" }.count }

    /// Whether the records know this name at all.
    public var isEmpty: Bool { visits.isEmpty && roles.isEmpty && seats.isEmpty && notes.isEmpty && followUpsAbout.isEmpty && holding.isEmpty }

    /// Adds one ledger line of a meeting if it concerns this person.
    mutating func add(_ bytes: UnsafeRawBufferPointer, _ line: Range<Int>, digest: MeetingDigest) {
        guard bytes[line.lowerBound] != UInt8(ascii: "F") else {
            guard let item = LedgerFile.item(bytes, line, digest: digest) else { return }
            if item.person == name { followUpsAbout.append(item) }
            if item.holder == name { holding.append(item) }
            return
        }
        let fields = LedgerFile.fields(bytes, line)
        let meeting = digest.summary.id, date = digest.summary.date
        switch fields.first {
        case "A" where fields.count == 6 && fields[1] == name:
            visits.append(Visit(meeting: meeting, title: digest.title, date: date, mark: fields[2], late: fields[3] == "1",
                                walkIn: fields[4] == "1", tags: fields[5].split(separator: " ").map(String.init)))
        case "R" where fields.count == 3 && fields[2] == name:
            roles.append(Role(meeting: meeting, date: date, slot: fields[1]))
        case "G" where fields.count >= 5 && fields[4...].contains(name):
            guard let item = Int(fields[1]), let round = Int(fields[2]), let group = Int(fields[3]) else { return }
            seats.append(Seat(meeting: meeting, date: date, item: item, round: round, group: group, with: fields[4...].filter { $0 != name }))
        default: return
        }
    }
}
