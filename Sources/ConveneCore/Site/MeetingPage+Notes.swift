extension MeetingPage {
    /// Every note under its item, then where it was taken (the room, or a round's group), in the order taken.
    static func notes(_ section: NotesSection) -> String {
        var out = "<h2 id=\"notes\">Notes</h2>\n"
        guard !section.entries.isEmpty else { return out + "<p>No notes recorded.</p>\n" }
        let numbered = section.entries.enumerated().sorted {
            ($0.element.item, $0.element.group == nil ? 0 : 1, $0.element.round ?? 0, $0.element.group ?? 0, $0.offset)
                < ($1.element.item, $1.element.group == nil ? 0 : 1, $1.element.round ?? 0, $1.element.group ?? 0, $1.offset)
        }
        var item = -1, place = ""
        for (index, note) in numbered {
            if note.item != item {
                if item >= 0 { out += "</ul>\n" }
                out += "<h3>\(note.item). " + e(note.itemTitle) + "</h3>\n"
                item = note.item
                place = ""
            }
            if note.place != place {
                if !place.isEmpty { out += "</ul>\n" }
                let heading = note.group == nil ? "Whole room" : note.place.prefix(1).uppercased() + note.place.dropFirst()
                out += "<h4>" + heading + "</h4>\n<ul class=\"notes\">\n"
                place = note.place
            }
            out += "<li id=\"\(anchor(index))\">" + line(note) + "</li>\n"
        }
        return out + "</ul>\n"
    }

    /// The anchor of the note at `index` among the record's entries, which search results link to.
    static func anchor(_ index: Int) -> String { "note-\(index + 1)" }

    /// A note as a reader sees it: its kind in words, its text, who wrote it, and whether it was struck or reworded.
    static func line(_ note: NotesSection.Entry) -> String {
        let tracked = note.kind == Note.Kind.action.rawValue || note.kind == Note.Kind.followUp.rawValue
        let text = "<span class=\"text\">" + (tracked ? note.followUpLine(e) : e(note.text)) + "</span>"
        var out = "<span class=\"kind\">" + e(note.kind) + "</span>" + (note.struck ? "<del>" + text + "</del> (struck)" : text)
            + " <span class=\"meta\">— " + e(note.author) + "</span>"
        if !note.earlierWordings.isEmpty {
            out += "<details><summary>Edited; earlier wording" + (note.earlierWordings.count == 1 ? "" : "s") + "</summary><ul>"
                + note.earlierWordings.map { "<li class=\"text\">" + e($0) + "</li>" }.joined() + "</ul></details>"
        }
        return out
    }

    static func decisions(_ section: NotesSection) -> String {
        let decided = decisionEntries(section)
        let out = "<h2 id=\"decisions\">Decisions</h2>\n"
        guard !decided.isEmpty else { return out + "<p>No decisions recorded.</p>\n" }
        let items = decided.map { "<li><span class=\"text\">" + e($0.text) + "</span> <span class=\"meta\">(item \($0.item))</span></li>\n" }
        return out + "<ol>\n" + items.joined() + "</ol>\n"
    }

    /// Actions and follow-ups with their short id, who holds them, when they are due and where they stand.
    static func followThrough(_ section: NotesSection) -> String {
        let tracked = section.actions + section.followUps
        let out = "<h2 id=\"follow-through\">Actions and follow-ups</h2>\n"
        guard !tracked.isEmpty else { return out + "<p>No actions or follow-ups recorded.</p>\n" }
        let rows = tracked.map { note -> [String] in
            let what = note.kind == Note.Kind.followUp.rawValue ? "Talk with " + e(note.person ?? "someone") + ": " + e(note.text) : e(note.text)
            let former = note.formerHolders.map { " (before: " + e($0.joined(separator: ", ")) + ")" } ?? ""
            return [e(note.followUpID ?? ""), e(note.kind), "<span class=\"text\">" + what + "</span>", e(note.holder ?? "nobody named") + former,
                    e(note.due ?? ""), e(note.statusWords ?? "")]
        }
        return out + SiteTable.render("Actions and follow-ups", columns: ["ID", "Kind", "What", "Held by", "Due", "Status"],
                           rows: rows)
    }
}
