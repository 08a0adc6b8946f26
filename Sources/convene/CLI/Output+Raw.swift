import Foundation

extension Output {
    /// Writes text that already ends as it should (exports, JSON) to standard output unchanged.
    static func raw(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes bytes a command assembled itself, for output too long to build up as one `String` quickly.
    static func raw(bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }
}
