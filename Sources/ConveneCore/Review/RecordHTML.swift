/// The record as one self-contained, print-friendly HTML page: the same page the archive site has for the meeting,
/// without the site's navigation, with inline styles, no scripts and no network resources.
public enum RecordHTML {
    public static func render(_ record: MeetingRecord) -> String {
        MeetingPage.render(record, place: .standalone)
    }

    /// Text made literal in HTML, attributes included; control characters shown as escapes.
    public static func e(_ text: String) -> String { HTMLText.escape(text) }
}
