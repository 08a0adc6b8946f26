#!/usr/bin/env bash
# Coverage-guided fuzzing with libFuzzer (swiftc -sanitize=fuzzer): builds ConveneCore with a harness that feeds
# each input to the agenda parser, TextLines, the log reader with the fold, and Timestamp.parse, then runs it.
# usage: scripts/fuzz-libfuzzer.sh [SECONDS]   (default 60; corpus seeded from agendas/*.md, kept in .build/fuzz)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
work=.build/fuzz
mkdir -p "$work/corpus"
cp agendas/*.md "$work/corpus/"
cat > "$work/Harness.swift" <<'SWIFT'
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    _ = try? AgendaParser.parse(bytes, file: "fuzz.md")
    _ = try? TextLines.decode(bytes, file: "fuzz.txt")
    let contents = LogLines.read(bytes[...])
    if let meeting = Meeting.replay(contents.events) { _ = meeting.remaining(now: Date()) }
    _ = Timestamp.parse(String(decoding: bytes.prefix(64), as: UTF8.self))
    return 0
}
SWIFT
swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name ConveneCore \
    Sources/ConveneCore/*/*.swift "$work/Harness.swift" -o "$work/convene-fuzz"
"$work/convene-fuzz" -max_total_time="$seconds" -max_len=65536 -timeout=5 "$work/corpus"
