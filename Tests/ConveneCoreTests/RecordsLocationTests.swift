import Testing
@testable import ConveneCore

@Suite struct RecordsLocationTests {
    @Test(arguments: [
        ("/flag", ["CONVENE_HOME": "/ch", "XDG_DATA_HOME": "/xdg", "HOME": "/home/ana"], "/flag"),
        ("", ["CONVENE_HOME": "/ch", "XDG_DATA_HOME": "/xdg", "HOME": "/home/ana"], "/ch"),
        (nil, ["CONVENE_HOME": "/ch", "XDG_DATA_HOME": "/xdg", "HOME": "/home/ana"], "/ch"),
        (nil, ["CONVENE_HOME": "", "XDG_DATA_HOME": "/xdg", "HOME": "/home/ana"], "/xdg/convene"),
        (nil, ["XDG_DATA_HOME": "", "HOME": "/home/ana"], "/home/ana/.local/share/convene"),
        (nil, ["HOME": "/home/ana"], "/home/ana/.local/share/convene"),
    ] as [(String?, [String: String], String)])
    func resolves(flag: String?, environment: [String: String], expected: String) {
        #expect(RecordsLocation.resolve(flag: flag, environment: environment) == expected)
    }

    @Test func nowhereWithoutAHome() {
        #expect(RecordsLocation.resolve(flag: nil, environment: [:]) == nil)
        #expect(RecordsLocation.resolve(flag: "", environment: ["HOME": ""]) == nil)
    }
}
