import Foundation

/// Turns events into log lines and back: one JSON object per line, `at`, `by` and `type` first.
public enum EventCodec {
    /// Why a line could not be read as an event.
    public struct LineError: Error, Equatable, Sendable {
        public var reason: String
    }

    /// The event as one JSON line, ending in `\n`: `at`, `by`, `type`, then the payload's fields in sorted order,
    /// so the same event is always the same bytes.
    public static func encode(_ event: Event) -> [UInt8] {
        if let unknown = event.payload as? UnknownEvent { return Array(unknown.line.utf8) + [0x0A] }
        // Encoding plain structs of strings and numbers cannot fail; an empty payload keeps the line valid if it did.
        let payload = (try? encoder.encode(EncodablePayload(payload: event.payload))) ?? Data("{}".utf8)
        let by = (try? encoder.encode(event.by)) ?? Data("\"\"".utf8)
        var line = Array("{\"at\":\"\(Timestamp.format(event.at))\",\"by\":".utf8) + Array(by)
        line += Array(",\"type\":\"\(event.type)\"".utf8)
        let fields = Array(payload.dropFirst())
        line += fields.first == UInt8(ascii: "}") ? fields : [UInt8(ascii: ",")] + fields
        return line + [0x0A]
    }

    /// Keys sorted so the same event always gives the same bytes.
    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.format(date))
        }
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Reads one line (without its newline); unknown types become `UnknownEvent`, kept verbatim.
    public static func decode(_ line: some Collection<UInt8>) throws(LineError) -> Event {
        let data = Data(line)
        let fast = data.withUnsafeBytes { raw in FlatJSON.object(raw.bindMemory(to: UInt8.self)).flatMap(FastEvents.event) }
        if let fast { return fast }
        do {
            let decoded = try decoder.decode(DecodableEvent.self, from: data)
            if let payload = decoded.payload {
                return Event(at: decoded.at, by: decoded.by, payload)
            }
            let text = String(decoding: data, as: UTF8.self)
            return Event(at: decoded.at, by: decoded.by, UnknownEvent(originalType: decoded.type, line: text))
        } catch let error as DecodingError {
            throw LineError(reason: describe(error))
        } catch {
            throw LineError(reason: "not a JSON event")
        }
    }

    /// One decoder for every line: making a `JSONDecoder` per line cost most of a replay's time.
    private static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = Timestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an ISO-8601 time: \(text)")
            }
            return date
        }
        return decoder
    }()

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, _): return "missing field '\(key.stringValue)'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context): return "wrong value at '\(path(context))'"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not valid JSON" : "bad value at '\(path(context))'"
        @unknown default: return "not a JSON event"
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        context.codingPath.map(\.stringValue).joined(separator: ".")
    }
}

private enum EnvelopeKey: String, CodingKey {
    case at, by, type
}

private struct EncodablePayload: Encodable {
    var payload: any EventPayload

    func encode(to encoder: Encoder) throws { try payload.encode(to: encoder) }
}

private struct DecodableEvent: Decodable {
    var at: Date
    var by: String
    var type: String
    var payload: (any EventPayload)?

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: EnvelopeKey.self)
        at = try container.decode(Date.self, forKey: .at)
        by = try container.decode(String.self, forKey: .by)
        type = try container.decode(String.self, forKey: .type)
        payload = try EventRegistry.types[type].map { try $0.init(from: decoder) }
    }
}
