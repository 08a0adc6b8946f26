// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "convene",
    targets: [
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        .target(name: "ConveneCore"),
        .target(name: "ConveneTUI", dependencies: ["ConveneCore"]),
        .executableTarget(name: "convene", dependencies: ["ConveneCore", "ConveneTUI", "CNcurses"]),
        .testTarget(name: "ConveneCoreTests", dependencies: ["ConveneCore"]),
        .testTarget(name: "ConveneTUITests", dependencies: ["ConveneTUI", "ConveneCore"]),
        .testTarget(name: "ConveneEndToEndTests", dependencies: ["convene", "ConveneCore"]),
    ]
)
