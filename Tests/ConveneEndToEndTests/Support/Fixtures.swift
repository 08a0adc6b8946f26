import Foundation

/// Agendas written for one test, with timings short enough to watch a countdown change.
enum Fixtures {
    /// Writes `text` to a file in `folder` and returns its path.
    static func write(_ text: String, named name: String, in folder: TemporaryFolder) -> String {
        let path = folder.path + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    static let shortMeeting = """
        # Short test meeting
        place: Test room
        warn: 2s

        ## Opening round (4s)
        role: opener
        prompt: One word for how you arrive

        ## Framing (10m)

        ## Closing (5m)
        """
}
