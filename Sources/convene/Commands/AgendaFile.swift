import ConveneCore

/// Reads and parses an agenda file, turning every failure into a message that names the file.
enum AgendaFile {
    static func load(_ path: String) throws(CLIError) -> Agenda {
        let bytes: [UInt8]
        do { bytes = try FileBytes.read(path) } catch { throw .input("\(path): \(error.message)") }
        do { return try AgendaParser.parse(bytes, file: path) } catch { throw .input(Sanitized.inline(error.description).replacingNewlineEscapes) }
    }
}

extension String {
    /// Multi-line messages survive sanitising: escaped newlines become real ones again.
    var replacingNewlineEscapes: String { split(separator: "\\n", omittingEmptySubsequences: false).joined(separator: "\n") }
}
