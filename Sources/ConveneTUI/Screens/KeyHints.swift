/// The status line of keys, shortened to fit narrow terminals without dropping the essentials.
enum KeyHints {
    static let full = " space start/pause  n next  b back  +/- minute  s skip  p projector  ? help  q quit  a attendance  r roles"
    static let wide = full + "  g groups  t note  w report back  f earlier"
    static let short = " space start/pause  n next  b back  ? all keys  q quit"

    static func line(width: Int) -> String {
        [wide, full].first { $0.count <= width } ?? short
    }
}
