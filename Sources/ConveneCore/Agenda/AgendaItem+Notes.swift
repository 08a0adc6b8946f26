/// The facilitator's notes as they are shown beside the clock or read aloud.
extension AgendaItem {
    /// Each note as plain text: a Markdown bullet's marker (`- `, `* ` or `+ `) is dropped, since screens and
    /// screen readers mark the lines themselves.
    public var noteLines: [String] {
        notes.map { note in
            guard let marker = ["- ", "* ", "+ "].first(where: { note.hasPrefix($0) }) else { return note }
            return note.dropFirst(marker.count).trimmingSpaces
        }
    }
}
