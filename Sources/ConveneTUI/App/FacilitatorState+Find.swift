import ConveneCore

/// Finding someone in a long list by typing their name: `/` on the attendance screen and in the roles picker.
extension FacilitatorState {
    /// What a key did to the open find field.
    enum FindStep {
        /// Still typing; the cursor belongs on this person (nil: nobody fits what is typed).
        case typing(Int?)
        /// Enter: act on this person (nil: nobody fits).
        case accepted(Int?)
        case closed
    }

    /// Opens the find field with the prompt that says what Enter will do.
    mutating func openFind(enter: String) {
        people.find = NameField(prompt: "Find (Enter \(enter), Esc closes): ")
    }

    /// Feeds a key to the open find field and says where in `names` the typed text fits; Enter on nothing typed
    /// only closes it.
    mutating func stepFind(_ key: Key, names: [String]) -> FindStep {
        guard var field = people.find else { return .closed }
        switch field.handle(key) {
        case .editing:
            people.find = field
            return .typing(TypedName.firstFitting(field.text, in: names))
        case .accepted(let text):
            people.find = nil
            return text.trimmingSpaces.isEmpty ? .closed : .accepted(TypedName.firstFitting(text, in: names))
        case .cancelled:
            people.find = nil
            return .closed
        }
    }
}
