import Foundation

extension Output {
    /// Writes text that already ends as it should (exports, JSON) to standard output unchanged.
    static func raw(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
