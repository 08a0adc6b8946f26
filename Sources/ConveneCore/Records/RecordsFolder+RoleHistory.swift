extension RecordsFolder {
    /// Who ended up holding which role in every meeting of the folder, oldest first (ids begin with the date).
    ///
    /// Only `role.*` lines are decoded, so thousands of long meetings stay quick to read; an unreadable log is
    /// skipped, since history only steers suggestions.
    public func roleHistory(excluding excluded: String? = nil) -> RoleHistory {
        var history = RoleHistory()
        for id in meetingIDs() where id != excluded {
            guard let bytes = try? FileBytes.read(logPath(id)) else { continue }
            history.add(meeting: id, holders: Self.roleHolders(in: bytes))
        }
        return history
    }

    static let roleMarker = Array(",\"type\":\"role.".utf8)

    /// The final holder of each slot, replaying only the role events of one log.
    static func roleHolders(in bytes: [UInt8]) -> [RoleSlot: String] {
        var holders: [RoleSlot: String] = [:]
        for line in bytes.split(separator: 0x0A) where line.firstRange(of: roleMarker) != nil {
            guard let event = try? EventCodec.decode(line) else { continue }
            if let assigned = event.payload as? RoleAssigned, !assigned.person.isEmpty {
                holders[assigned.slot] = assigned.person
            } else if let cleared = event.payload as? RoleCleared {
                holders[cleared.slot] = nil
            }
        }
        return holders
    }
}
