// swift-tools-version:6.1
import PackageDescription

// The ordo-one benchmarks of Versus: indexing throughput and query latency at 1k and 10k
// synthetic articles. A package of its own, so that `swift build` and `swift test` at the root
// never build it. Run from this folder: `swift package benchmark` (see README.md).
let package = Package(
    name: "VersusBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Versus", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "VersusBenchmarks",
            dependencies: [
                .product(name: "VersusEngine", package: "Versus"),
                .product(name: "VersusTooling", package: "Versus"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "VersusBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
