import Foundation

/// A deterministic mutation fuzzer: from a seed corpus and a fixed seed it produces the same inputs on
/// every run (byte flips, insertions, deletions, splices, truncations, UTF-8 edge cases, huge numbers,
/// deep and long lines), so any failure it finds can be replayed. Give it any parser as a closure.
struct MutationFuzzer {
    /// One input a parser mishandled, with what went wrong.
    struct Finding: CustomStringConvertible {
        var iteration: Int
        var input: [UInt8]
        var problem: String
        var description: String {
            "iteration \(iteration): \(problem); input (\(input.count) bytes) starts \(Array(input.prefix(120)))"
        }
    }

    let corpus: [[UInt8]]
    private var generator: SeededGenerator

    init(corpus: [[UInt8]], seed: UInt64) {
        self.corpus = corpus.isEmpty ? [[]] : corpus
        generator = SeededGenerator(seed: seed)
    }

    /// Inputs per fuzzed parser: `CONVENE_FUZZ_ITERATIONS` for the long run, else the CI-sized `ci`.
    static func iterations(ci: Int) -> Int {
        ProcessInfo.processInfo.environment["CONVENE_FUZZ_ITERATIONS"].flatMap(Int.init) ?? ci
    }

    /// Byte sequences parsers get wrong most often.
    static let tokens: [[UInt8]] = [
        [0xEF, 0xBB, 0xBF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xC3], [0x00],
        [0x0D], [0x0A], [0x0D, 0x0A], [0x1B, 0x5B, 0x32, 0x4A], [0xE2, 0x80, 0xAE], Array("e\u{301}\u{301}\u{301}".utf8),
        Array("👩‍👩‍👧‍👦".utf8), Array("界".utf8), Array("99999999999999999999999999".utf8), Array("-9223372036854775808".utf8),
        Array("1e309".utf8), Array("-0".utf8), Array("NaN".utf8), Array("(99999999h)".utf8), Array("(0m)".utf8),
        Array("## ".utf8), Array("# ".utf8), Array("warn: ".utf8), Array("\"".utf8), Array("\\u0000".utf8),
        Array("\\ud800".utf8), Array("{".utf8), Array("}".utf8), Array("[".utf8), Array(":".utf8), Array(",".utf8),
        Array("null".utf8), Array("\"type\":".utf8), Array("9999-99-99T99:99:99.999Z".utf8), Array("0000-01-01T00:00:00Z".utf8),
        Array("\"\"".utf8), Array(";".utf8), Array("name,".utf8), Array("not-with".utf8), Array("\n\"".utf8),
    ]

    /// The next input: a corpus entry with one to four mutations.
    mutating func next() -> [UInt8] {
        var input = corpus[Int(generator.next() % UInt64(corpus.count))]
        for _ in 0...(generator.next() % 4) { mutate(&input) }
        return input
    }

    private mutating func position(in input: [UInt8]) -> Int { Int(generator.next() % UInt64(input.count + 1)) }

    private mutating func mutate(_ input: inout [UInt8]) {
        switch generator.next() % 10 {
        case 0 where !input.isEmpty:
            let at = Int(generator.next() % UInt64(input.count))
            input[at] ^= UInt8(1 << (generator.next() % 8))
        case 1:
            input.insert(UInt8(truncatingIfNeeded: generator.next()), at: position(in: input))
        case 2 where !input.isEmpty:
            let start = position(in: input)
            let end = min(input.count, start + Int(generator.next() % 64))
            input.removeSubrange(start..<end)
        case 3:
            let other = corpus[Int(generator.next() % UInt64(corpus.count))]
            let from = Int(generator.next() % UInt64(other.count + 1))
            let cut = position(in: input)
            input = Array(input[..<cut]) + other[from...]
        case 4:
            input = Array(input.prefix(position(in: input)))
        case 5, 6:
            input.insert(contentsOf: Self.tokens[Int(generator.next() % UInt64(Self.tokens.count))], at: position(in: input))
        case 7:
            let nesting = 1 + Int(generator.next() % 2000)
            input.insert(contentsOf: [UInt8](repeating: generator.next() % 2 == 0 ? 0x5B : 0x7B, count: nesting), at: position(in: input))
        case 8:
            input.insert(contentsOf: [UInt8](repeating: 0x61 + UInt8(generator.next() % 26), count: Int(generator.next() % 10_000)), at: position(in: input))
        default:
            let start = position(in: input)
            let end = min(input.count, start + Int(generator.next() % 200))
            input.insert(contentsOf: input[start..<end], at: position(in: input))
        }
    }

    /// Feeds `iterations` inputs to `check`, which returns a problem or nil; an input slower than a second is a finding.
    mutating func run(iterations: Int, check: ([UInt8]) -> String?) -> [Finding] {
        var findings: [Finding] = []
        let clock = ContinuousClock()
        for iteration in 0..<iterations {
            let input = next()
            let started = clock.now
            let problem = check(input)
            let took = clock.now - started
            if let problem { findings.append(Finding(iteration: iteration, input: input, problem: problem)) }
            if took > .seconds(1) { findings.append(Finding(iteration: iteration, input: input, problem: "took \(took)")) }
            if findings.count >= 5 { break }
        }
        return findings
    }
}
