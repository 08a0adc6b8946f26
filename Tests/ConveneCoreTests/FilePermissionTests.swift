import Foundation
import Testing
@testable import ConveneCore

/// Records are private: folders 0700, files 0600, whatever the umask. Serialized, because the umask is per process.
@Suite(.serialized) struct FilePermissionTests {
    func withUmask<T>(_ mask: mode_t, _ body: () throws -> T) rethrows -> T {
        let old = umask(mask)
        defer { umask(old) }
        return try body()
    }

    @Test(arguments: [0, 0o022, 0o077] as [mode_t])
    func everythingConveneCreatesIsPrivate(mask: mode_t) throws {
        try withTemporaryFolder { tmp in
            try withUmask(mask) {
                let records = RecordsFolder(root: tmp + "/home/.local/share/convene")
                let id = try records.create(opened: MeetingOpened(id: "", agendaFile: "a.md", agenda: agenda(minutes: [10]), roster: .empty),
                                            day: AgendaDate(year: 2026, month: 8, day: 30), at: meetingStart, by: "fac")
                #expect(mode(tmp + "/home") == 0o700)
                #expect(mode(tmp + "/home/.local/share") == 0o700)
                #expect(mode(records.root) == 0o700)
                #expect(mode(records.meetingsPath) == 0o700)
                #expect(mode(records.logPath(id)) == 0o600)

                let log = records.log(id)
                try log.append(bytes: Array("cut sh".utf8))
                try log.recoverTornTail()
                #expect(mode(log.tornPath) == 0o600)

                let other = EventLogFile(path: records.meetingsPath + "/2026-08-31-other.jsonl")
                try other.append(sampleEvents(count: 1))
                #expect(mode(other.path) == 0o600)

                let index = records.root + "/index.json"
                try FileBytes.writeAtomically(Array("{}".utf8), to: index)
                try FileBytes.writeAtomically(Array("{\"v\":2}".utf8), to: index)
                #expect(mode(index) == 0o600)
                #expect(fileBytes(index) == Array("{\"v\":2}".utf8))
            }
        }
    }

    @Test func meetingsFolderIsMadePrivateAgain() throws {
        try withTemporaryFolder { tmp in
            try withUmask(0) {
                let records = RecordsFolder(root: tmp + "/records")
                #expect(mkdir(records.root, 0o700) == 0 && mkdir(records.meetingsPath, 0o777) == 0)
                try records.prepare()
                #expect(mode(records.meetingsPath) == 0o700)
            }
        }
    }

    @Test func existingFolderChosenForRecordsKeepsItsMode() throws {
        try withTemporaryFolder { tmp in
            // `--records /srv/shared` must not lock others out of a folder convene did not create.
            let shared = tmp + "/shared"
            #expect(mkdir(shared, 0o755) == 0 && chmod(shared, 0o755) == 0)
            try RecordsFolder(root: shared).prepare()
            #expect(mode(shared) == 0o755)
            #expect(mode(shared + "/meetings") == 0o700)
        }
    }
}
