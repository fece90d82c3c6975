// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Versus",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "VersusEngine", targets: ["VersusEngine"]),
        .library(name: "VersusServer", targets: ["VersusServer"]),
        .library(name: "VersusTooling", targets: ["VersusTooling"]),
        .executable(name: "versus", targets: ["versus"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", from: "0.2.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        // Without its default ExternalLoading trait, which only slows the build.
        .package(url: "https://github.com/mattpolzin/OpenAPIKit", from: "6.4.0", traits: []),
    ],
    targets: [
        // Parsing, indexing, query analysis and ranking. Knows nothing of HTTP or the CLI.
        .target(
            name: "VersusEngine",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for the indexer's passage inserts (Storage/RawInsert).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            resources: [.copy("Resources/synonyms.txt"), .copy("Resources/related-words.txt"), .copy("Resources/derivations.txt")]
        ),
        // What measures the engine: benchmark query mixes and latency, the quality evaluation, the
        // synthetic corpus, and the plain-FTS5 peer they compare with. Used by the CLI and tests.
        .target(
            name: "VersusTooling",
            dependencies: [
                "VersusEngine",
                // The plain FTS5 peer reads the index file through SQLite's C API, as any client would.
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                // Latency percentiles for `versus bench` and the benchmarks.
                .product(name: "Histogram", package: "hdrhistogram-swift"),
            ]
        ),
        // The HTTP service (`versus serve`): a thin layer over VersusEngine, with Hummingbird.
        .target(
            name: "VersusServer",
            dependencies: [
                "VersusEngine",
                .product(name: "Hummingbird", package: "hummingbird"),
                // HummingbirdCore and NIOHTTP1: a handler after NIO's HTTP/1 decoder (GuardedHTTP1Channel).
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                // Request and index metrics, in a Prometheus registry each server owns.
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Resources/openapi.yaml")]
        ),
        // The `versus` command: a thin shell over VersusEngine (and VersusServer for `serve`).
        .executableTarget(
            name: "versus",
            dependencies: [
                "VersusEngine",
                "VersusTooling",
                "VersusServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                // `versus bench --url`: the HTTP load client.
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]
        ),
        // Shared by all three test targets: damaged and foreign index files for the fault tests, and
        // the scratch folders a test run removes when it ends.
        .target(
            name: "IndexDamage",
            dependencies: [.product(name: "GRDB", package: "GRDB.swift")],
            path: "Tests/IndexDamage"
        ),
        .testTarget(
            name: "VersusEngineTests",
            dependencies: ["VersusEngine", "VersusTooling", "IndexDamage"],
            resources: [.copy("Fixtures")]
        ),
        // The HTTP API through Hummingbird's test client, in memory and on a real socket; the
        // OpenAPI document (read with Yams, validated by OpenAPIKit) against real responses; the
        // page's stylesheet hash (swift-crypto); `versus serve` as a process.
        .testTarget(
            name: "VersusServerTests",
            dependencies: [
                "VersusServer",
                "VersusTooling",
                "IndexDamage",
                "versus",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "OpenAPIKit", package: "OpenAPIKit"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Runs the built `versus` binary as a user would.
        .testTarget(
            name: "VersusCLITests",
            dependencies: ["versus", "IndexDamage"]
        ),
    ]
)
