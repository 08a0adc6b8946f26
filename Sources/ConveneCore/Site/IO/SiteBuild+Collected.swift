import Foundation

extension SiteBuild {
    /// The results of rendering on several threads at once, each stored at its own index under a lock, with the
    /// first failure kept so the run stops with it.
    final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [Rendered?]
        private var failure: LogError?

        init(count: Int) { results = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ result: Rendered) {
            lock.lock()
            results[index] = result
            lock.unlock()
        }

        func fail(_ error: LogError) {
            lock.lock()
            if failure == nil { failure = error }
            lock.unlock()
        }

        func all() throws(LogError) -> [Rendered] {
            lock.lock()
            defer { lock.unlock() }
            if let failure { throw failure }
            return results.compactMap { $0 }
        }
    }
}
