import CNcurses
import ConveneTUI

/// Reads, once at start, what this terminal's terminfo entry says about moving the cursor, clearing, and drawing
/// each style's look, so every frame after that is written as plain bytes.
enum TerminalCodes {
    /// Codes for the terminal ncurses has set up (after `newterm`), drawing styles as `theme` says.
    static func read(theme: Theme) -> TerminalBytes.Codes {
        let sgr0 = string("sgr0") ?? []
        // An ANSI reset (ESC [ m) puts the colours back too; any other needs the terminal's own colour reset after it.
        let text = String(decoding: sgr0, as: UTF8.self)
        let resetsColours = text.contains("\u{1B}[m") || text.contains("\u{1B}[0m")
        let reset = sgr0 + (theme.kind != .mono && !resetsColours ? string("op") ?? [] : [])
        let styles = Style.allCases.map { reset + look(theme.look($0)) }
        return TerminalBytes.Codes(styles: styles, reset: reset, clear: string("clear") ?? [], moves: moves(),
                                   lastCellScrolls: tigetflag("am") == 1 && tigetflag("xenl") != 1,
                                   resetBeforeMoving: tigetflag("msgr") != 1)
    }

    /// A look's attributes and colours, from plain; what the terminal lacks (dim on a VT100) is left out.
    private static func look(_ look: Theme.Look) -> [UInt8] {
        var codes: [UInt8] = []
        let attributes: [(attr_t, String)] = [(convene_A_BOLD, "bold"), (convene_A_DIM, "dim"), (convene_A_REVERSE, "rev"),
                                              (convene_A_UNDERLINE, "smul")]
        for (attribute, name) in attributes where look.attributes & attribute != 0 { codes += string(name) ?? [] }
        if let foreground = look.foreground { codes += filled("setaf", Int32(foreground)) ?? [] }
        if look.background >= 0 { codes += filled("setab", Int32(look.background)) ?? [] }
        return codes
    }

    /// ANSI moves when the terminal's own strings are exactly those, which lets a frame move along a row or column
    /// in fewer bytes; otherwise the terminal's cursor-address string, filled in for each move.
    private static func moves() -> TerminalBytes.Moves {
        guard let cup = raw("cup") else { return .ansi(lineMoves: false) }
        let address = Array(cup.utf8CString)
        guard stripped(fill(address, 4, 6)) == Array("\u{1B}[5;7H".utf8) else {
            return .terminfo { row, column in stripped(fill(address, Int32(row), Int32(column))) }
        }
        return .ansi(lineMoves: filled("hpa", 6) == Array("\u{1B}[7G".utf8) && filled("vpa", 4) == Array("\u{1B}[5d".utf8))
    }

    /// A capability's string, or nil when the terminal has none.
    private static func raw(_ name: String) -> String? {
        guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return nil }
        return String(cString: value)
    }

    private static func string(_ name: String) -> [UInt8]? { raw(name).map { stripped(Array($0.utf8)) } }

    private static func filled(_ name: String, _ first: Int32, _ second: Int32 = 0) -> [UInt8]? {
        raw(name).map { stripped(fill(Array($0.utf8CString), first, second)) }
    }

    private static func fill(_ capability: [CChar], _ first: Int32, _ second: Int32) -> [UInt8] {
        capability.withUnsafeBufferPointer { pointer in
            guard let base = pointer.baseAddress, let filled = convene_tiparm(base, first, second) else { return [] }
            return Array(String(cString: filled).utf8)
        }
    }

    /// A capability without its `$<…>` padding, which only delays ancient terminals and is not for sending.
    static func stripped(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "$"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "<"),
               let end = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: ">")) {
                index = end + 1
                continue
            }
            result.append(bytes[index])
            index += 1
        }
        return result
    }
}

