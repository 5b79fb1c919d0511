// swift-tools-version: 6.1
import PackageDescription

/// Upcoming-feature flags every first-party target builds with; in release on Linux each function in its own section,
/// so that the executable's link can lay them out in the order a session runs them (`executableLinkerSettings`), and in
/// release a concrete type's metadata fetched through its accessor rather than found by its mangled name: found by
/// name, a `Codable` type's first decoding has the runtime check `CodingKeys: CodingKey` by scanning every conformance
/// record of the static binary (12,000), some 70 scans and a quarter of start-up's instructions (docs/performance.md).
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .unsafeFlags(["-Xfrontend", "-function-sections"], .when(platforms: [.linux], configuration: .release)),
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release)),
]

/// How the `checkout-tui` executable is linked on Linux (issue 16 items 1 and 2; docs/DECISIONS.md, docs/performance.md).
///
/// - The static standard library's link line exports every symbol (-export-dynamic): a 55,000-entry dynamic symbol
///   table that the C libraries' lookups search first and that start-up pages in. Nothing looks symbols up in the
///   executable by name, so it exports none.
/// - lld, which ships with the Swift toolchain, instead of gold: gold can neither pack relative relocations nor order
///   functions. Packed (DT_RELR, glibc 2.36) the 147,000 relocations of a position-independent binary take 28 KiB
///   instead of 3.4 MiB that the loader reads at every start.
/// - In release, the functions a session runs are laid out first, in the order they first run
///   (linker/checkout-tui.order, written by scripts/link-order.sh), so start-up faults in a few MiB of code instead
///   of pages scattered over 38 MiB. Names the file holds and the binary does not are skipped, silently, since the
///   file follows the code only when it is regenerated.
let executableLinkerSettings: [LinkerSetting] = [
    .unsafeFlags(
        ["-use-ld=lld", "-Xlinker", "--no-export-dynamic", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"],
        .when(platforms: [.linux])),
    .unsafeFlags(
        [
            "-Xlinker", "--symbol-ordering-file=\(Context.packageDirectory)/linker/checkout-tui.order",
            "-Xlinker", "--no-warn-symbol-ordering",
        ],
        .when(platforms: [.linux], configuration: .release)),
]

let package = Package(
    name: "checkout-tui",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "checkout-tui", targets: ["CheckoutTUI"]),
        .library(name: "CheckoutDomain", targets: ["CheckoutDomain"]),
        // For the benchmark and fuzzing packages in Benchmarks/ and Fuzz/, which build against these by path.
        .library(name: "CheckoutServices", targets: ["CheckoutServices"]),
        .library(name: "CheckoutTUICore", targets: ["CheckoutTUICore"]),
        .library(name: "CursesBackend", targets: ["CursesBackend"]),
        .library(name: "CheckoutFuzzing", targets: ["CheckoutFuzzing"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
    ],
    targets: [
        // The only C boundary: ncursesw with the wide-character API switched on in shim.h.
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        // libqrencode (Debian's libqrencode-dev): QR codes for QR payment methods; only QRCode imports it.
        .systemLibrary(
            name: "CQRencode", path: "Sources/CQRencode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        // OpenSSL 3's libcrypto (Debian's libssl-dev): RSA signing, verifying and key generation; only Signing imports
        // it (docs/DECISIONS.md: OpenSSL signs RSA-2048 about twice as fast as swift-crypto's BoringSSL).
        .systemLibrary(
            name: "COpenSSL", path: "Sources/COpenSSL", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),

        // glibc's malloc.h (libc6-dev): the executable caps malloc's arenas at start (mallopt); only it imports this.
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),

        // A code value as a QR matrix, through libqrencode; the TUI core draws it.
        .target(
            name: "QRCode",
            dependencies: ["CQRencode"],
            swiftSettings: strictSettings
        ),

        // Data the simulator is driven by (currencies, payment methods, test cards, scenarios, strings).
        .target(
            name: "CheckoutAssets",
            path: "assets",
            resources: [
                .copy("data"),
                .copy("scenarios"),
                .copy("strings"),
                .copy("explain"),
                .copy("steps"),
                .copy("training"),
            ],
            swiftSettings: strictSettings
        ),

        // Antom's wire model, rules, the in-process mock APO and the Checkout Page state machine. Foundation,
        // swift-collections' heap for the mock's deadlines and swift-crypto's SHA-256 for its fingerprints.
        .target(
            name: "CheckoutDomain",
            dependencies: [
                "CheckoutAssets",
                .product(name: "DequeModule", package: "swift-collections"),
                .product(name: "HeapModule", package: "swift-collections"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strictSettings
        ),

        // Real I/O: RSA signing (OpenSSL), the HTTP client and server, webhooks and the SQLite store.
        .target(
            name: "CheckoutServices",
            dependencies: [
                "CheckoutDomain",
                "COpenSSL",
                .product(name: "DequeModule", package: "swift-collections"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            ],
            swiftSettings: strictSettings
        ),

        // The terminal UI without a terminal: screen buffer, views, app state and the program loop.
        .target(
            name: "CheckoutTUICore",
            dependencies: ["CheckoutDomain", "QRCode"],
            swiftSettings: strictSettings
        ),

        // The one module that imports CNcurses.
        .target(
            name: "CursesBackend",
            dependencies: ["CheckoutTUICore", "CNcurses"],
            swiftSettings: strictSettings
        ),

        .executableTarget(
            name: "CheckoutTUI",
            dependencies: [
                "CheckoutAssets",
                "CheckoutDomain",
                "CheckoutServices",
                "CheckoutTUICore",
                "CMalloc",
                "CursesBackend",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings,
            linkerSettings: executableLinkerSettings
        ),

        // Fuzz targets and their seeded input generators: run small in `swift test`, large by scripts/bench.sh.
        .target(
            name: "CheckoutFuzzing",
            dependencies: ["CheckoutDomain", "CheckoutServices", "CheckoutTUICore"],
            swiftSettings: strictSettings
        ),

        .testTarget(
            name: "CheckoutDomainTests",
            dependencies: ["CheckoutDomain"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CheckoutServicesTests",
            dependencies: [
                "CheckoutServices",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CheckoutTUICoreTests",
            dependencies: ["CheckoutTUICore", "CheckoutDomain", "QRCode"],
            // Screen snapshots and training answers are read through #filePath, not bundled.
            exclude: ["Snapshots", "Training/Answers"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CheckoutFuzzingTests",
            dependencies: ["CheckoutFuzzing", "CheckoutDomain", "CheckoutServices", "CheckoutTUICore"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CheckoutTUIEndToEndTests",
            dependencies: [
                "CheckoutDomain",
                "CheckoutServices",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CursesBackendTests",
            dependencies: ["CursesBackend", "CheckoutTUICore"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
