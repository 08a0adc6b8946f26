import Foundation

/// Finds the `convene` executable that `swift test` built beside the test bundle.
enum Binary {
    static let path: String = {
        if let explicit = ProcessInfo.processInfo.environment["CONVENE_BIN"] { return explicit }
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [
            here.appendingPathComponent("convene").path,
            Bundle.main.bundleURL.appendingPathComponent("convene").path,
            packageRoot + "/.build/debug/convene",
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[candidates.count - 1]
    }()

    /// The package's root folder, for fixtures such as `agendas/`.
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func agenda(_ name: String) -> String { packageRoot + "/agendas/" + name }
}
