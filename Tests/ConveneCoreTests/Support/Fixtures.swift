import Foundation
@testable import ConveneCore

/// The sample files under `agendas/`, which are demo material and test fixtures at once.
enum Fixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: repositoryRoot.appendingPathComponent("agendas/" + name)))
    }

    static func agenda(_ name: String) throws -> Agenda {
        try AgendaParser.parse(try bytes(name), file: "agendas/" + name)
    }
}

/// Parses agenda text written inline in a test.
func parseAgenda(_ text: String, file: String = "test.md") throws(InputErrors) -> Agenda {
    try AgendaParser.parse(Array(text.utf8), file: file)
}

/// The `FILE:LINE: message` lines an agenda is rejected with; empty when it parses.
func agendaErrors(_ bytes: [UInt8], file: String = "test.md") -> [String] {
    do {
        _ = try AgendaParser.parse(bytes, file: file)
        return []
    } catch {
        return error.errors.map(\.description)
    }
}

func agendaErrors(_ text: String, file: String = "test.md") -> [String] {
    agendaErrors(Array(text.utf8), file: file)
}
