import Foundation

extension RecordsFolder {
    /// The record of meeting `id` as its log stands, with unreadable lines noted rather than fatal.
    public func record(_ id: String, now: Date) throws(LogError) -> MeetingRecord {
        let contents = try log(id).read()
        guard let meeting = Meeting.replay(contents.events) else {
            let why = (contents.damaged.first ?? contents.tornTail).map { ": line \($0.line): \($0.reason)" } ?? ""
            throw LogError("\(logPath(id)) does not start with a readable meeting.opened event\(why); nothing in it can be shown")
        }
        return MeetingRecord(meeting: meeting, unreadable: UnreadableSection(contents: contents), now: now)
    }

    /// Every meeting's record, newest first; a log whose opening cannot be read is listed as damaged.
    public func allRecords(now: Date) -> [(id: String, record: MeetingRecord?)] {
        let found: [(id: String, record: MeetingRecord?)] = meetingIDs().map { id in (id, try? record(id, now: now)) }
        return found.sorted { a, b in
            let left = a.record?.openedAt.timeIntervalSince1970 ?? 0, right = b.record?.openedAt.timeIntervalSince1970 ?? 0
            return left != right ? left > right : a.id > b.id
        }
    }
}
