import ConveneCore

extension ReviewState {
    /// Applies a key; returns what the program must do outside (load, search, export, quit).
    public mutating func update(key: Key) -> [Request] {
        notice = nil
        if query != nil { return typeSearch(key) }
        switch key {
        case .character("q"): return [.quit]
        case .character("/"):
            query = ""
            return []
        case .escape, .backspace:
            if record != nil {
                record = nil
            } else if hits != nil {
                hits = nil
                selected = 0
            } else if followUps != nil {
                followUps = nil
            }
            scroll = 0
            return []
        default: break
        }
        if record == nil, hits == nil, let list = followUps { return followUpsKey(key, list) }
        return record == nil ? listKey(key) : recordKey(key)
    }

    /// Keys on the follow-ups list: move, open the meeting an item came from, show closed ones too, or go back.
    private mutating func followUpsKey(_ key: Key, _ list: FollowUpsList) -> [Request] {
        var list = list
        switch key {
        case .up, .down, .pageUp, .pageDown, .home, .end, .character("j"), .character("k"):
            list.selected = list.selected.moved(by: key, count: list.items.count)
            followUps = list
        case .enter:
            if list.items.indices.contains(list.selected) { return [.open(list.items[list.selected].meeting)] }
        case .character("a"): return [.followUps(all: !list.all)]
        case .character("f"): followUps = nil
        default: break
        }
        return []
    }

    private mutating func listKey(_ key: Key) -> [Request] {
        let count = hits?.count ?? meetings.count
        switch key {
        case .up, .character("k"): selected = max(0, selected - 1)
        case .down, .character("j"): selected = min(max(0, count - 1), selected + 1)
        case .pageUp: selected = max(0, selected - 10)
        case .pageDown: selected = min(max(0, count - 1), selected + 10)
        case .enter:
            if let hits, hits.indices.contains(selected) { return [.open(hits[selected].meeting)] }
            if hits == nil, meetings.indices.contains(selected) { return [.open(meetings[selected].id)] }
        case .character("f") where hits == nil: return [.followUps(all: false)]
        default: break
        }
        return []
    }

    private mutating func recordKey(_ key: Key) -> [Request] {
        switch key {
        case .tab, .right: switchTab(to: (tab.rawValue + 1) % Tab.allCases.count)
        case .backTab, .left: switchTab(to: (tab.rawValue + Tab.allCases.count - 1) % Tab.allCases.count)
        case .character(let c) where ("1"..."6").contains(c): switchTab(to: Int(String(c)).map { $0 - 1 } ?? 0)
        case .up, .character("k"): scroll = max(0, scroll - 1)
        case .down, .character("j"): scroll += 1
        case .pageUp: scroll = max(0, scroll - 10)
        case .pageDown: scroll += 10
        case .character("e"): if let record { return [.export(record.id)] }
        default: break
        }
        return []
    }

    private mutating func switchTab(to index: Int) {
        tab = Tab(rawValue: index) ?? .timeline
        scroll = 0
    }

    private mutating func typeSearch(_ key: Key) -> [Request] {
        switch key {
        case .escape: query = nil
        case .backspace: if query?.isEmpty == false { query?.removeLast() }
        case .enter:
            let text = query ?? ""
            query = nil
            guard !text.isEmpty else { return [] }
            record = nil
            selected = 0
            return [.search(text)]
        case .character(let c): query?.append(c)
        default: break
        }
        return []
    }

    /// The program hands back search results.
    public mutating func found(_ results: [NoteSearch.Hit]) {
        hits = results
        selected = 0
        notice = results.isEmpty ? "No notes match." : nil
    }

    /// The program hands back a loaded record.
    public mutating func open(_ loaded: MeetingRecord) {
        record = loaded
        tab = hits != nil ? .notes : followUps != nil ? .actions : .timeline
        scroll = 0
    }

    /// The program hands back the follow-ups across meetings; the cursor stays on the item it was on when it can.
    public mutating func listed(_ items: [FollowUpItem], all: Bool, today: String) {
        let current = followUps.flatMap { $0.items.indices.contains($0.selected) ? $0.items[$0.selected].id : nil }
        var list = FollowUpsList(items: FollowUpsReport.byHolder(items), all: all, today: today)
        list.selected = current.flatMap { id in list.items.firstIndex { $0.id == id } } ?? 0
        followUps = list
    }
}
