// swift-tools-version: 6.1
import PackageDescription

/// The same upcoming-feature flags as the main package's first-party targets.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

// Two builds use this package (scripts/fuzz.sh makes both):
// - the libFuzzer targets, `swift build --scratch-path .build-fuzz --sanitize=fuzzer --sanitize=address`, where
//   libFuzzer supplies `main` and calls `LLVMFuzzerTestOneInput` (SwiftPM's own `--sanitize=fuzzer` keeps the
//   executables' renamed entry points out of the link; `-Xswiftc -sanitize=fuzzer` alone does not);
// - `fuzz-driver` without them, in .build: the seeded generator and the random-keys explorer at full scale.
let package = Package(
    name: "checkout-tui-fuzz",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "fuzz-gateway-request", targets: ["GatewayRequestFuzzer"]),
        .executable(name: "fuzz-signature-header", targets: ["SignatureHeaderFuzzer"]),
        .executable(name: "fuzz-driver", targets: ["FuzzDriver"]),
    ],
    dependencies: [
        .package(name: "checkout-tui", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "GatewayRequestFuzzer",
            dependencies: [.product(name: "CheckoutFuzzing", package: "checkout-tui")],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "SignatureHeaderFuzzer",
            dependencies: [.product(name: "CheckoutFuzzing", package: "checkout-tui")],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "FuzzDriver",
            dependencies: [.product(name: "CheckoutFuzzing", package: "checkout-tui")],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
