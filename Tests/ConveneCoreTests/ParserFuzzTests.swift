import Foundation
import Testing
@testable import ConveneCore

/// Mutated sample files never make a parser trap or hang, and every rejection is an error with a message.
/// CI runs 74,000 inputs in all; `CONVENE_FUZZ_ITERATIONS=200000` runs that many per parser, 1.2 million in total.
@Suite struct ParserFuzzTests {
    static func agendaCorpus() throws -> [[UInt8]] {
        try ["visioning.md", "training.md", "phone-zap.md"].map(Fixtures.bytes)
    }

    static func rosterCorpus() throws -> [[UInt8]] {
        try ["roster-sample.csv", "roster-43.txt"].map(Fixtures.bytes)
    }

    /// What is unclear about a rejection: no error at all, or one without a message, a file, or a line of the input.
    static func unclear(_ rejection: InputErrors, file: String, input: [UInt8]) -> String? {
        if rejection.errors.isEmpty { return "rejected without any error" }
        let lines = input.split(separator: 0x0A, omittingEmptySubsequences: false).count
        return rejection.errors.first { $0.message.isEmpty || !(1...lines).contains($0.line) || $0.file != file }.map { "unclear error \($0)" }
    }

    static func logCorpus() -> [[UInt8]] {
        let notes: [any EventPayload] = [
            NoteAdded(id: "n1", text: "Ana: rent strike — «ok» 界", item: 1), NoteEdited(id: "n1", text: "edited\ttext"), NoteStruck(id: "n1"),
        ]
        let noteEvents = notes.enumerated().map { Event(at: at(Double(20 + $0.offset)), by: "taker", $0.element) }
        let future = Array("{\"at\":\"2026-08-30T15:00:09.000Z\",\"by\":\"x\",\"type\":\"hologram.beamed\",\"z\":[1.5e3,{\"q\":null}]}\n".utf8)
        return [logBytes(sampleEvents(count: 12)), logBytes(sampleEvents(count: 3) + noteEvents) + future, EventCodec.encode(sampleEvents(count: 1)[0])]
    }

    @Test func agendaParserRejectsMutatedAgendasWithLocatedMessages() throws {
        var fuzzer = MutationFuzzer(corpus: try Self.agendaCorpus(), seed: 8_001)
        let findings = fuzzer.run(iterations: MutationFuzzer.iterations(ci: 3_000)) { input in
            do throws(InputErrors) {
                _ = try AgendaParser.parse(input, file: "fuzz.md")
                return nil
            } catch {
                return Self.unclear(error, file: "fuzz.md", input: input)
            }
        }
        #expect(findings.isEmpty, "\(findings)")
    }

    @Test func rosterParserRejectsMutatedRostersWithLocatedMessages() throws {
        var fuzzer = MutationFuzzer(corpus: try Self.rosterCorpus(), seed: 8_006)
        let findings = fuzzer.run(iterations: MutationFuzzer.iterations(ci: 3_000)) { input in
            do throws(InputErrors) {
                let names = try RosterParser.parse(input, file: "fuzz.csv").people.map(\.name)
                return names.contains("") || Set(names).count != names.count ? "accepted an empty or repeated name: \(names)" : nil
            } catch {
                return Self.unclear(error, file: "fuzz.csv", input: input)
            }
        }
        #expect(findings.isEmpty, "\(findings)")
    }

    @Test func textLinesRejectsOnlyWithALineAndAMessage() throws {
        var fuzzer = MutationFuzzer(corpus: try Self.agendaCorpus() + Self.logCorpus(), seed: 8_002)
        let findings = fuzzer.run(iterations: MutationFuzzer.iterations(ci: 5_000)) { input in
            do throws(InputError) {
                let lines = try TextLines.decode(input, file: "fuzz.txt")
                return lines.contains { $0.contains("\n") } ? "a line holds a newline" : nil
            } catch {
                return error.message.isEmpty || error.line < 1 ? "unclear error \(error)" : nil
            }
        }
        #expect(findings.isEmpty, "\(findings)")
    }

    @Test func logReaderAndFoldSurviveMutatedLogs() throws {
        var fuzzer = MutationFuzzer(corpus: Self.logCorpus(), seed: 8_003)
        let findings = fuzzer.run(iterations: MutationFuzzer.iterations(ci: 3_000)) { input in
            let contents = LogLines.read(input[...])
            if contents.endOffset > input.count { return "endOffset \(contents.endOffset) beyond \(input.count) bytes" }
            let bad = contents.damaged + (contents.tornTail.map { [$0] } ?? [])
            if let unclear = bad.first(where: { $0.reason.isEmpty || $0.line < 1 }) { return "unclear bad line \(unclear)" }
            for event in contents.events {
                let line = EventCodec.encode(event)
                guard let again = try? EventCodec.decode(line.dropLast()) else { return "re-encoded event is unreadable: \(line)" }
                if EventCodec.encode(again) != line { return "event does not survive a round trip: \(line)" }
            }
            if let meeting = Meeting.replay(contents.events) {
                _ = meeting.remaining(now: at(3600))
            }
            return nil
        }
        #expect(findings.isEmpty, "\(findings)")
    }

    @Test func eventCodecRejectsMutatedLinesWithAReason() throws {
        let lines = Self.logCorpus().flatMap { $0.split(separator: 0x0A).map(Array.init) }
        var fuzzer = MutationFuzzer(corpus: lines, seed: 8_004)
        let findings = fuzzer.run(iterations: MutationFuzzer.iterations(ci: 10_000)) { input in
            do throws(EventCodec.LineError) {
                _ = try EventCodec.decode(input)
                return nil
            } catch {
                return error.reason.isEmpty ? "rejected without a reason" : nil
            }
        }
        #expect(findings.isEmpty, "\(findings)")
    }

    @Test func timestampParsingIsTotalAndStable() throws {
        let corpus = ["2026-08-30T14:00:00.000Z", "2026-08-30T14:00:00Z", "1970-01-01T00:00:00.5+02:00", "2026-02-29T23:59:60.999Z"].map { Array($0.utf8) }
        var fuzzer = MutationFuzzer(corpus: corpus, seed: 8_005)
        let findings = fuzzer.run(iterations: MutationFuzzer.iterations(ci: 50_000)) { input in
            guard let date = Timestamp.parse(String(decoding: input, as: UTF8.self)) else { return nil }
            let text = Timestamp.format(date)
            guard let again = Timestamp.parse(text) else { return "its own format \(text) does not parse" }
            return Timestamp.format(again) == text ? nil : "format is unstable: \(text)"
        }
        #expect(findings.isEmpty, "\(findings)")
    }
}
