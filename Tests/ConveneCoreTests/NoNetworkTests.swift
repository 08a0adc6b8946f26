import Foundation
import Testing

/// Meeting notes are sensitive: the program never opens a network connection, so no source file may
/// name a socket or URL-loading API.
@Suite struct NoNetworkTests {
    static let forbidden = [
        "socket(", "connect(", "bind(", "listen(", "accept(", "getaddrinfo", "gethostbyname", "sendto(", "recvfrom(",
        "URLSession", "URLRequest", "NSURLConnection", "Network.framework", "import Network", "import FoundationNetworking",
        "CFSocket", "NWConnection", "Stream.getStreamsToHost", "curl",
    ]

    static func sourceFiles() -> [String] {
        let root = Fixtures.repositoryRoot.appendingPathComponent("Sources").path
        let all = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        return all.filter { $0.hasSuffix(".swift") || $0.hasSuffix(".h") || $0.hasSuffix(".c") }.map { root + "/" + $0 }
    }

    @Test func noSourceFileNamesANetworkAPI() throws {
        let files = Self.sourceFiles()
        #expect(files.count > 50)
        for file in files {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            for api in Self.forbidden where text.contains(api) {
                Issue.record("\(file) names the network API '\(api)'")
            }
        }
    }
}
