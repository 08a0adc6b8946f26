import ConveneCore

extension Meeting {
    /// The arrival a typed `Name / tag tag` makes, the same from the `a` screen and plain mode: someone already
    /// in the room's list is only marked present; anyone else joins as a walk-in with those tags. Nil without a name.
    func walkInArrival(_ text: String) -> PersonArrived? {
        let parts = text.split(separator: "/", maxSplits: 1).map { String($0).trimmingSpaces }
        guard let name = parts.first, !name.isEmpty else { return nil }
        let tags = parts.count > 1 ? parts[1].split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" }).map(String.init) : []
        let late: Bool? = hasBegun ? true : nil
        if people.contains(where: { $0.name == name }) { return PersonArrived(name: name, late: late) }
        return PersonArrived(name: name, tags: tags.isEmpty ? nil : tags, walkIn: true, late: late)
    }
}
