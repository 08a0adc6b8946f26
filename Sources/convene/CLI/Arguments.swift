/// A command's words split into positional arguments, `--option value` pairs and `--flag`s.
struct Arguments {
    var positional: [String] = []
    var values: [String: String] = [:]
    var flags: Set<String> = []

    /// Options every command accepts.
    static let globalValued: Set<String> = ["--records"]
    static let globalFlags: Set<String> = ["--no-color", "--help", "-h"]

    init(_ words: [String], valued: Set<String>, flags: Set<String>, command: String) throws(CLIError) {
        let valued = valued.union(Self.globalValued)
        let flags = flags.union(Self.globalFlags)
        var index = 0
        var onlyPositional = false
        while index < words.count {
            let word = words[index]
            index += 1
            if onlyPositional || !word.hasPrefix("-") || word == "-" {
                positional.append(word)
            } else if word == "--" {
                onlyPositional = true
            } else if let equals = word.firstIndex(of: "="), valued.contains(String(word[..<equals])) {
                values[String(word[..<equals])] = String(word[word.index(after: equals)...])
            } else if valued.contains(word) {
                guard index < words.count else { throw .usage("\(word) needs a value", command: command) }
                values[word] = words[index]
                index += 1
            } else if flags.contains(word) {
                self.flags.insert(word)
            } else {
                throw .usage("unknown option '\(word)'", command: command)
            }
        }
    }

    func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// A whole-number option, if given, checked against a range.
    func integer(_ option: String, in range: ClosedRange<Int>, command: String) throws(CLIError) -> Int? {
        guard let text = values[option] else { return nil }
        guard let n = Int(text), range.contains(n) else {
            throw .usage("\(option) takes a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'", command: command)
        }
        return n
    }
}
