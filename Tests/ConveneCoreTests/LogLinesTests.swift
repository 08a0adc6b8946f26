import Testing
@testable import ConveneCore

/// Reading log bytes: whole lines become events; a cut-short last line and unreadable lines are told apart.
@Suite struct LogLinesTests {
    @Test func wholeLinesBecomeEvents() {
        let events = sampleEvents(count: 6)
        let bytes = logBytes(events)
        let contents = LogLines.read(bytes[...])
        #expect(lines(contents.events) == lines(events))
        #expect(contents.damaged.isEmpty && contents.tornTail == nil)
        #expect(contents.endOffset == bytes.count)
    }

    @Test func emptyLog() {
        let contents = LogLines.read([][...])
        #expect(contents.events.isEmpty && contents.damaged.isEmpty && contents.tornTail == nil && contents.endOffset == 0)
    }

    @Test func lastLineWithoutNewlineIsTorn() {
        let events = sampleEvents(count: 3)
        let whole = logBytes(Array(events.prefix(2)))
        let contents = LogLines.read((whole + EventCodec.encode(events[2]).dropLast())[...])
        #expect(contents.events.count == 2)
        #expect(contents.tornTail == LogContents.BadLine(line: 3, reason: "the last line has no end (a write was cut short)"))
        #expect(contents.endOffset == whole.count)
        #expect(contents.damaged.isEmpty)
    }

    @Test func unreadableLastLineIsTornToo() {
        let whole = logBytes(sampleEvents(count: 2))
        let contents = LogLines.read((whole + Array("{\"at\":\n".utf8))[...])
        #expect(contents.events.count == 2)
        #expect(contents.tornTail == LogContents.BadLine(line: 3, reason: "not valid JSON"))
        #expect(contents.endOffset == whole.count)
    }

    @Test func unreadableMiddleLinesAreDamagedWithTheirNumbers() {
        let events = sampleEvents(count: 4)
        var bytes = logBytes(Array(events.prefix(2)))
        bytes += Array("garbage\n".utf8)
        bytes += EventCodec.encode(events[2])
        bytes += Array(#"{"at":"2026-08-30T14:00:00.000Z","by":"x","type":"item.started"}"#.utf8) + [0x0A]
        bytes += EventCodec.encode(events[3])
        let contents = LogLines.read(bytes[...])
        #expect(lines(contents.events) == lines(events))
        #expect(contents.damaged == [.init(line: 3, reason: "not valid JSON"), .init(line: 5, reason: "missing field 'item'")])
        #expect(contents.tornTail == nil)
        #expect(contents.endOffset == bytes.count)
    }

    @Test func damagedLineAndTornTailTogether() {
        let events = sampleEvents(count: 3)
        let bytes = logBytes([events[0]]) + Array("}{\n".utf8) + EventCodec.encode(events[1]) + EventCodec.encode(events[2]).prefix(10)
        let contents = LogLines.read(bytes[...])
        #expect(contents.events.count == 2)
        #expect(contents.damaged.map(\.line) == [2])
        #expect(contents.tornTail?.line == 4)
    }

    @Test func blankLinesAreSkippedButCounted() {
        let events = sampleEvents(count: 2)
        let bytes = EventCodec.encode(events[0]) + Array("\n  \r\n".utf8) + EventCodec.encode(events[1]) + Array("oops\n".utf8)
        let contents = LogLines.read(bytes[...])
        #expect(contents.events.count == 2)
        #expect(contents.tornTail?.line == 5)
    }

    @Test func crlfLinesAreRead() {
        let events = sampleEvents(count: 3)
        let bytes: [UInt8] = events.flatMap { Array(EventCodec.encode($0).dropLast()) + [0x0D, 0x0A] }
        #expect(LogLines.read(bytes[...]).events.count == 3)
    }

    @Test func numbersStartFromTheGivenLineAndOffsetsAreRelative() {
        let events = sampleEvents(count: 3)
        let head = logBytes([events[0]])
        let bytes = head + Array("bad\n".utf8) + EventCodec.encode(events[1]) + EventCodec.encode(events[2]).prefix(5)
        let contents = LogLines.read(bytes[head.count...], firstLine: 2)
        #expect(contents.damaged.map(\.line) == [2])
        #expect(contents.tornTail?.line == 4)
        #expect(contents.endOffset == bytes.count - head.count - 5)
    }
}
