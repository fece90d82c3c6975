// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Versus",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "VersusEngine", targets: ["VersusEngine"]),
        .executable(name: "versus", targets: ["versus"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Parsing, indexing, query analysis and ranking. Knows nothing of HTTP or the CLI.
        .target(
            name: "VersusEngine",
            dependencies: [.product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Resources/synonyms.txt")]
        ),
        // The `versus` command: a thin shell over VersusEngine.
        .executableTarget(
            name: "versus",
            dependencies: [
                "VersusEngine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "VersusEngineTests",
            dependencies: ["VersusEngine"],
            resources: [.copy("Fixtures")]
        ),
        // Runs the built `versus` binary as a user would.
        .testTarget(
            name: "VersusCLITests",
            dependencies: ["versus"]
        ),
    ]
)
