import ConveneCore
import Testing

/// A series is the agenda's `series:` or the title without numbers and dates, folded.
@Suite struct MeetingSeriesTests {
    @Test func stems() {
        #expect(MeetingSeries.stem("Visioning #3 (2026-09-03)") == "visioning")
        #expect(MeetingSeries.stem("Visioning 4") == "visioning")
        #expect(MeetingSeries.stem("Envisioning a Just Healthcare System") == "envisioning a just healthcare system")
        #expect(MeetingSeries.stem("Réunion 2026/09") == "reunion")
        #expect(MeetingSeries.stem("Meeting 12") == MeetingSeries.stem("meeting 13"))
    }

    @Test func seriesKeyWins() {
        #expect(MeetingSeries.of(series: "Health Justice  WG", title: "Visioning 4") == "health justice wg")
        #expect(MeetingSeries.of(series: nil, title: "Visioning 4") == "visioning")
    }
}
