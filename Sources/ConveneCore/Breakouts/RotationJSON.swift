import Foundation

/// The rotation as the JSON `convene groups --format json` prints and `check_schedule.py` reads.
public enum RotationJSON {
    /// One line of JSON; `seconds` is how long planning took, measured by the caller.
    public static func encode(_ rotation: Rotation, seconds: Double) -> String {
        let payload = Payload(people: rotation.people, rounds: rotation.rounds, repeats: rotation.repeats,
                              maxMeetings: rotation.maxMeetings, lowerBound: rotation.lowerBound,
                              seconds: (max(0, seconds) * 1000).rounded() / 1000, seed: rotation.seed,
                              warnings: rotation.warnings)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(payload) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    private struct Payload: Encodable {
        var people: [String]
        var rounds: [[[String]]]
        var repeats: Int
        var maxMeetings: Int
        var lowerBound: Int
        var seconds: Double
        var seed: UInt64
        var warnings: [String]
    }
}
