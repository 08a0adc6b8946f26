import ConveneCore

/// Reads and parses a roster file, turning every failure into a message that names the file.
enum RosterFile {
    static func load(_ path: String) throws(CLIError) -> Roster {
        let bytes: [UInt8]
        do { bytes = try FileBytes.read(path) } catch { throw .input("\(path): \(error.message)") }
        do { return try RosterParser.parse(bytes, file: path) } catch { throw .input(Sanitized.inline(error.description).replacingNewlineEscapes) }
    }
}
