extension RecordStats {
    /// Statistics from index digests and each meeting's expected people, without reading any log.
    public init(digests: [MeetingDigest], people: [String: [String]]) {
        var seen = Set<String>()
        meetings = digests.filter(\.readable)
            .sorted { $0.openedAt < $1.openedAt }.map { digest in
                let names = Set(people[digest.summary.id] ?? [])
                // Asking `seen` name by name: `subtracting` walked all of `seen`, which grows with every meeting.
                let fresh = names.filter { !seen.contains($0) }.count
                seen.formUnion(names)
                let s = digest.summary
                return Row(meeting: s.id, date: s.date, attendance: s.attendance, newPeople: fresh, members: digest.members,
                           nonMembers: s.attendance - digest.members, roleHolders: digest.roleHolders, notes: s.notes, actions: digest.actions,
                           followUps: digest.followUps, plannedSeconds: digest.plannedSeconds,
                           actualSeconds: digest.actualSeconds, ranToTime: digest.ranToTime)
            }
    }
}
