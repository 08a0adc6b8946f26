import ConveneCore

/// One line typed in plain mode, understood as a command word and its words.
public enum PlainCommand: Equatable, Sendable {
    case start, pause, next, back, skip, status, roles, help, quit, end, yes
    /// `groups [N]`: the breakout plan and who sits where in round N, or in the round running now.
    case groups(round: Int?)
    /// `plan`: plan the breakout groups, or re-plan the rounds not yet started; `seat`: put late arrivals in a group.
    case plan, seat
    case extend(minutes: Int)
    case shorten(minutes: Int)
    case note(String)
    case action(String, owner: String)
    /// `earlier`: the open actions and follow-ups from earlier meetings of the series, numbered.
    case earlier
    /// `done N [WHAT CAME OF IT]` and `drop N REASON`: close the Nth of those.
    case done(Int, outcome: String)
    case drop(Int, reason: String)
    /// `here NAME`, `absent NAME`, `left NAME` and `walk-in NAME [/ tags]`: attendance, as the `a` screen takes it.
    case here(String)
    case absent(String)
    case left(String)
    case walkIn(String)
    /// `attendance`: who is here, late, gone, absent and not yet marked.
    case attendance
    /// `give N NAME`, `clear N` and `suggest`: the role slots `roles` numbers, as the `r` screen fills them.
    case give(Int, to: String)
    case clear(Int)
    case suggest
    /// A blank line: nothing to do.
    case nothing
    /// A line that is not a command; the answer says why and what to type instead.
    case unknown(answer: String)

    /// Every command word, in the order `help` lists them.
    public static let words = [
        "start", "pause", "next", "back", "extend", "shorten", "skip", "status", "roles", "groups",
        "note", "action", "earlier", "done", "drop", "here", "absent", "left", "walk-in", "attendance",
        "give", "clear", "suggest", "plan", "seat", "help", "quit", "end", "yes",
    ]

    /// Whether the command reads or closes the items carried from earlier meetings, which may have changed elsewhere.
    public var concernsCarried: Bool {
        switch self {
        case .earlier, .done, .drop: true
        default: false
        }
    }

    /// Reads a typed line; never fails: a line it cannot read becomes `.unknown` with a suggestion.
    public static func parse(_ line: String) -> PlainCommand {
        let trimmed = line.trimmingSpaces
        guard !trimmed.isEmpty else { return .nothing }
        let space = trimmed.firstIndex(where: { $0 == " " || $0 == "\t" }) ?? trimmed.endIndex
        let word = trimmed[..<space].lowercased()
        let rest = trimmed[space...].trimmingSpaces
        switch word {
        case "start", "resume": return rest.isEmpty ? .start : extra(word)
        case "pause": return rest.isEmpty ? .pause : extra(word)
        case "next": return rest.isEmpty ? .next : extra(word)
        case "back": return rest.isEmpty ? .back : extra(word)
        case "skip": return rest.isEmpty ? .skip : extra(word)
        case "status": return rest.isEmpty ? .status : extra(word)
        case "roles": return rest.isEmpty ? .roles : extra(word)
        case "groups":
            guard !rest.isEmpty else { return .groups(round: nil) }
            guard let round = Int(rest), round >= 1 else { return .unknown(answer: "groups takes a round number, for example: groups 2") }
            return .groups(round: round)
        case "plan": return rest.isEmpty ? .plan : extra(word)
        case "seat": return rest.isEmpty ? .seat : extra(word)
        case "help", "?": return .help
        case "quit": return rest.isEmpty ? .quit : extra(word)
        case "end": return rest.isEmpty ? .end : extra(word)
        case "yes", "y": return .yes
        case "extend", "shorten":
            guard let minutes = rest.isEmpty ? 1 : Int(rest), (1...600).contains(minutes) else {
                return .unknown(answer: "\(word) takes a number of minutes from 1 to 600, for example: \(word) 2")
            }
            return word == "extend" ? .extend(minutes: minutes) : .shorten(minutes: minutes)
        case "note":
            return rest.isEmpty ? .unknown(answer: "Type the note after the word, for example: note we meet again Friday") : .note(rest)
        case "action":
            return action(rest)
        case "earlier": return rest.isEmpty ? .earlier : extra(word)
        case "done", "drop":
            return closing(word, rest)
        case "here", "present", "absent", "left", "walk-in", "walkin":
            return marking(word, rest)
        case "attendance": return rest.isEmpty ? .attendance : extra(word)
        case "give", "clear": return slot(word, rest)
        case "suggest": return rest.isEmpty ? .suggest : extra(word)
        default:
            return .unknown(answer: suggestion(for: word))
        }
    }

    private static func extra(_ word: String) -> PlainCommand {
        .unknown(answer: "\(word) takes nothing after it. Type help for the list of commands.")
    }

    /// `action TEXT @owner`: the words from the last one starting with `@` name who will do it, so a
    /// name of several words can be given whole (`@Ana María`); the session checks such a name.
    private static func action(_ rest: String) -> PlainCommand {
        let words = rest.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard let at = words.lastIndex(where: { $0.hasPrefix("@") && $0.count > 1 }), at > 0 else {
            return .unknown(answer: "Type the action, then its owner after @, for example: action book the hall @Maya")
        }
        let owner = ([words[at].dropFirst()] + words[(at + 1)...]).joined(separator: " ")
        return .action(words[..<at].joined(separator: " "), owner: owner)
    }

    /// `done N [outcome]` or `drop N reason`: N counts in the list `earlier` says.
    private static func closing(_ word: String, _ rest: String) -> PlainCommand {
        guard let (number, words) = numbered(rest) else {
            return .unknown(answer: word == "done"
                ? "Type the number from the earlier list, then what came of it, for example: done 2 she is coming Friday"
                : "Type the number from the earlier list, then why, for example: drop 2 moved away")
        }
        if word == "done" { return .done(number, outcome: words) }
        return words.isEmpty ? .unknown(answer: "Say why it is dropped, for example: drop \(number) moved away") : .drop(number, reason: words)
    }

    /// A list number from 1 and the words after it, or nil when the line does not start with one.
    private static func numbered(_ rest: String) -> (Int, String)? {
        let space = rest.firstIndex(where: { $0 == " " || $0 == "\t" }) ?? rest.endIndex
        guard let number = Int(rest[..<space]), number >= 1 else { return nil }
        return (number, rest[space...].trimmingSpaces)
    }

    /// What to say when `walk-in` comes without a name.
    static let walkInHint = "Type the name after the word, for example: walk-in Sam Rivera / new"

    /// An attendance mark and the name it is for, as typed; the session finds who that is.
    private static func marking(_ word: String, _ rest: String) -> PlainCommand {
        guard !rest.isEmpty else {
            return .unknown(answer: word == "walk-in" || word == "walkin" ? walkInHint : "Type the name after the word, for example: \(word) Ama Owusu")
        }
        switch word {
        case "here", "present": return .here(rest)
        case "absent": return .absent(rest)
        case "left": return .left(rest)
        default: return .walkIn(rest)
        }
    }

    /// `give N NAME` or `clear N`: N counts in the list `roles` says.
    private static func slot(_ word: String, _ rest: String) -> PlainCommand {
        guard let (number, name) = numbered(rest) else {
            return .unknown(answer: word == "give"
                ? "Type the number from the roles list, then who, for example: give 2 Ama Owusu"
                : "Type the number from the roles list, for example: clear 2")
        }
        if word == "clear" { return name.isEmpty ? .clear(number) : extra("clear \(number)") }
        return name.isEmpty ? .unknown(answer: "Say who takes the role, for example: give \(number) Ama Owusu") : .give(number, to: name)
    }

    /// The nearest command word to a mistyped one, or the list.
    static func suggestion(for word: String) -> String {
        let best = words.map { ($0, distance(word, $0)) }.min { $0.1 < $1.1 }
        if let (candidate, d) = best, d <= 2 {
            return "Unknown command '\(word)'. Did you mean '\(candidate)'? Type help for the list of commands."
        }
        return "Unknown command '\(word)'. Type help for the list of commands."
    }

    /// Edit distance between two short words.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let saved = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = saved
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }
}
