import ConveneCore
import Foundation

extension FacilitatorState {
    /// Keys on the carried-forward screen; `nil` lets the screen-wide keys (q, ?, p, f, Esc) through.
    mutating func updateCarried(key: Key) -> [Effect]? {
        if let input = carriedPage.input { return type(key, into: input) }
        switch key {
        case .up, .down, .pageUp, .pageDown, .home, .end, .character("j"), .character("k"):
            carriedPage.cursor = carriedPage.cursor.moved(by: key, count: carried.count)
            return []
        case .enter, .character("d"), .character("x"):
            guard carried.indices.contains(carriedPage.cursor), canWrite() else { return [] }
            let item = carried[carriedPage.cursor]
            guard item.status == .open else {
                notice = "\(item.id) is already \(item.status.rawValue)"
                return []
            }
            carriedPage.input = CarriedPage.Input(closing: key == .character("x") ? .drop : .done, item: item.id)
            return []
        default:
            return nil
        }
    }

    /// Typing an outcome or a reason; Enter writes the change to the log of the meeting the item came from.
    private mutating func type(_ key: Key, into input: CarriedPage.Input) -> [Effect] {
        var input = input
        switch key {
        case .escape:
            carriedPage.input = nil
            return []
        case .enter:
            guard let item = carried.first(where: { $0.id == input.item }) else {
                carriedPage.input = nil
                return []
            }
            let words = input.editor.text.trimmingSpaces
            switch input.closing {
            case .done:
                carriedPage.input = nil
                let outcome = words.isEmpty ? "Reported done at \(meeting.agenda.title)" : words
                return [.appendToMeeting(item.meeting, [FollowUpCompleted(id: item.note, outcome: outcome)])]
            case .drop:
                guard !words.isEmpty else {
                    notice = "say why it is let go, or Esc to keep it open"
                    return []
                }
                carriedPage.input = nil
                return [.appendToMeeting(item.meeting, [FollowUpDropped(id: item.note, reason: words)])]
            }
        default:
            input.editor.handle(key)
            carriedPage.input = input
            return []
        }
    }

    /// Puts a re-read meeting's items in place of the carried ones they update, so a change shows as it was saved.
    public mutating func refreshCarried(_ fresh: [FollowUpItem]) {
        carried = carried.refreshed(from: fresh)
    }
}
