// swift-tools-version:6.1
import PackageDescription

// A libFuzzer harness for the Versus engine, kept apart from the main package so that its
// `swift build` and `swift test` never see it. Build and run it with `run.sh` beside this file:
//
//     swift build -c release --sanitize=fuzzer
//
// The harness is an executable whose entry point is `LLVMFuzzerTestOneInput`; libFuzzer
// provides `main`.
let package = Package(
    name: "VersusFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        // The repository's own package, two folders up.
        .package(name: "Versus", path: "../..")
    ],
    targets: [
        .executableTarget(
            name: "VersusFuzz",
            dependencies: [.product(name: "VersusEngine", package: "Versus")]
        )
    ]
)
