import Foundation

/// Meeting logs written straight into a records folder, with hostile names and notes.
enum RecordFixtures {
    static let hostileName = #"<script>alert("x")</script>, Zoë 山田"#
    static let hostileNote = "Rent \"too high\", say <b>all</b>\nsecond line 多言語 & more"

    /// A two-item meeting, finished unless `ended` is false, with one note by a hostile author and an action;
    /// returns the log path.
    @discardableResult
    static func hostileMeeting(in records: String, id: String = "2026-08-30-visioning", openedAt: String = "2026-08-30T14:00:00.000Z",
                               ended: Bool = true) -> String {
        let folder = records + "/meetings"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let name = json(hostileName), note = json(hostileNote)
        let lines = [
            #"{"at":"\#(openedAt)","by":"fac","type":"meeting.opened","agenda":{"description":"","items":[{"groupRoles":[],"line":3,"notes":[],"roles":[],"seconds":600,"title":"Welcome"},{"groupRoles":[],"line":5,"notes":[],"roles":[],"seconds":1200,"title":"Vision, \"big\""}],"roles":[],"title":"Visioning","warn":"20%"},"agendaFile":"a.md","format":1,"id":"\#(id)","roster":{"people":[{"attributes":{},"name":\#(name),"notWith":[],"tags":["member"]},{"attributes":{},"name":"Ana","notWith":[],"tags":["new"]}]}}"#,
            #"{"at":"2026-08-30T14:00:10.000Z","by":"fac","type":"item.started","item":0}"#,
            #"{"at":"2026-08-30T14:05:00.000Z","by":\#(name),"type":"note.added","id":"n1","item":0,"kind":"note","text":\#(note)}"#,
            #"{"at":"2026-08-30T14:06:00.000Z","by":"fac","type":"note.added","id":"n2","item":0,"kind":"action","text":"Book the hall","owner":\#(name),"due":"2026-09-06"}"#,
            #"{"at":"2026-08-30T14:07:00.000Z","by":"fac","type":"note.added","id":"n3","item":0,"kind":"follow-up","text":"Ask about childcare","person":"Ana","organizer":"Bo"}"#,
            #"{"at":"2026-08-30T14:10:10.000Z","by":"fac","type":"item.started","item":1}"#,
            #"{"at":"2026-08-30T14:40:10.000Z","by":"fac","type":"meeting.ended"}"#,
        ].dropLast(ended ? 0 : 1)
        let path = folder + "/" + id + ".jsonl"
        _ = FileManager.default.createFile(atPath: path, contents: Data(lines.map { $0 + "\n" }.joined().utf8))
        return path
    }

    static func json(_ text: String) -> String {
        String(decoding: (try? JSONEncoder().encode(text)) ?? Data(), as: UTF8.self)
    }
}
