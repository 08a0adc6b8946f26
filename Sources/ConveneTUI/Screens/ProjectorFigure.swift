/// The projector's countdown split into what the room reads and what merely ticks: minutes large, seconds small.
///
/// Only the small seconds change every second, so the shared screen stays cheap to redraw over a slow link;
/// in the final minute the seconds are what matter, and the whole figure goes large.
struct ProjectorFigure: Equatable {
    /// The part drawn as large as fits: `14`, `+3`, `1:05`, or in the final minute the whole `0:47`.
    var large: String
    /// The ticking part drawn small beside it, `:47`, or empty.
    var small: String

    /// Splits a countdown figure as `ClockText.countdown` writes it (`14:47`, `+03:12`, `1:02:03`, `00:47`).
    init(_ figure: String) {
        guard let colon = figure.lastIndex(of: ":") else {
            self.init(large: figure, small: "")
            return
        }
        let sign = figure.hasPrefix("+") ? "+" : ""
        let head = figure[figure.index(figure.startIndex, offsetBy: sign.count)..<colon]
        let unpadded = head.drop { $0 == "0" }
        let minutes = sign + (unpadded.isEmpty ? "0" : String(unpadded))
        let seconds = String(figure[colon...])
        self = sign.isEmpty && minutes == "0" ? Self(large: minutes + seconds, small: "") : Self(large: minutes, small: seconds)
    }

    private init(large: String, small: String) {
        self.large = large
        self.small = small
    }
}
