extension Int {
    /// A number written with ASCII digits only, as agendas write them: no sign, no spaces.
    init?(digits text: some StringProtocol) {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        self.init(text)
    }
}
