// swift-tools-version: 6.1
import PackageDescription

/// The same upcoming-feature flags as the main package's first-party targets.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "checkout-tui-benchmarks",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "bench-figures", targets: ["BenchFigures"]),
        .executable(name: "checkout-load", targets: ["CheckoutLoad"]),
        .executable(name: "bench-present", targets: ["BenchPresent"]),
    ],
    dependencies: [
        .package(name: "checkout-tui", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift.git", from: "0.2.0"),
    ],
    targets: [
        // What the frame and checkout measurements run, shared by package-benchmark and `bench-figures`.
        .target(
            name: "BenchSupport",
            dependencies: [
                .product(name: "CheckoutDomain", package: "checkout-tui"),
                .product(name: "CheckoutServices", package: "checkout-tui"),
                .product(name: "CheckoutTUICore", package: "checkout-tui"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ],
            swiftSettings: strictSettings
        ),

        // Pre-signed Antom requests, sending them, and checking the answers: the parts of `checkout-load`.
        .target(
            name: "LoadSupport",
            dependencies: [
                .product(name: "CheckoutDomain", package: "checkout-tui"),
                .product(name: "CheckoutServices", package: "checkout-tui"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Histogram", package: "hdrhistogram-swift"),
            ],
            swiftSettings: strictSettings
        ),

        // The frame and checkout figures as one JSON object, for scripts/bench.sh (no malloc interposer linked).
        .executableTarget(
            name: "BenchFigures",
            dependencies: [
                "BenchSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),

        // A frame's copy to the terminal through ncurses, timed in the pty scripts/bench.sh runs it in.
        .executableTarget(
            name: "BenchPresent",
            dependencies: [
                "BenchSupport",
                .product(name: "CursesBackend", package: "checkout-tui"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),

        // A loopback load generator for `checkout-tui serve`: signed requests, closed or open loop.
        .executableTarget(
            name: "CheckoutLoad",
            dependencies: [
                "LoadSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),

        // package-benchmark suites: `swift package benchmark` in this directory.
        .executableTarget(
            name: "Frames",
            dependencies: [
                "BenchSupport",
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Frames",
            swiftSettings: strictSettings,
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Checkouts",
            dependencies: [
                "BenchSupport",
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Checkouts",
            swiftSettings: strictSettings,
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
