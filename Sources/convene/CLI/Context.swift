import ConveneCore
import Foundation
import Glibc

/// What a command may know of the world: the environment, the records folder, the clock, and output.
struct Context {
    var environment: [String: String]
    var recordsFlag: String?
    var noColor: Bool
    /// `--theme NAME` as given; checked when a screen opens.
    var themeName: String?

    init(environment: [String: String], arguments: Arguments) {
        self.environment = environment
        recordsFlag = arguments.values["--records"]
        themeName = arguments.values["--theme"]
        noColor = arguments.has("--no-color") || !(environment["NO_COLOR"] ?? "").isEmpty
    }

    /// The records folder, or a message saying how to choose one.
    func records() throws(CLIError) -> RecordsFolder {
        guard let root = RecordsLocation.resolve(flag: recordsFlag, environment: environment) else {
            throw .input("cannot tell where records live: set HOME, CONVENE_HOME or pass --records DIR")
        }
        return RecordsFolder(root: root)
    }

    /// The wall-clock time; the only clock commands read, passed into the core as data.
    func now() -> Date { Date() }

    var timeZone: TimeZone { TimeZone.current }

    /// Who writes events from this process: `--as NAME` when given, else user@host:tty.
    func author(_ name: String? = nil) -> String {
        if let name, !name.isEmpty { return name }
        let user = environment["USER"] ?? environment["LOGNAME"] ?? "someone"
        var host = [CChar](repeating: 0, count: 256)
        gethostname(&host, host.count)
        let tty = ttyname(0).map { String(cString: $0).replacingOccurrences(of: "/dev/", with: "") }
        let hostName = String(decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return "\(user)@\(hostName)" + (tty.map { ":\($0)" } ?? "")
    }

    /// Today's date in the room's time zone, for meeting ids.
    func today(_ now: Date) -> AgendaDate {
        AgendaDate(dayOf: now, secondsFromGMT: timeZone.secondsFromGMT(for: now))
    }
}

/// Writing to standard output and standard error.
enum Output {
    static func out(_ text: String) {
        raw(text + "\n")
    }

    static func err(_ text: String) {
        Array((text + "\n").utf8).withUnsafeBytes { write($0, to: STDERR_FILENO) }
    }
}
