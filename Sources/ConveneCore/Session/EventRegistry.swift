/// Every event type this version understands, by its name in the log.
public enum EventRegistry {
    public static let types: [String: any EventPayload.Type] = Dictionary(
        uniqueKeysWithValues: all.map { ($0.type, $0) })

    static let all: [any EventPayload.Type] = [
        MeetingOpened.self, ItemStarted.self, TimerPaused.self, TimerResumed.self,
        ItemExtended.self, ItemShortened.self, ItemSkipped.self, MeetingEnded.self,
        NoteAdded.self, NoteEdited.self, NoteStruck.self,
        GroupsPlanned.self, GroupsRoundChanged.self, GroupsRoundLocked.self,
        PersonArrived.self, PersonLeft.self, PersonMarkedAbsent.self,
        RoleAssigned.self, RoleCleared.self,
        FollowUpCompleted.self, FollowUpReassigned.self, FollowUpDropped.self, FollowUpDueSet.self,
    ]
}
