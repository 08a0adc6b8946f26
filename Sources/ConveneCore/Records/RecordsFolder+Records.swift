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
}
