import Foundation

/// Finds the simulator's bundled data files (currencies, payment methods, test cards, scenarios, strings).
public enum CheckoutAssets {
    /// The folder that holds `data/`, `scenarios/` and `strings/`.
    ///
    /// Looked up in this order so that `swift run`, `swift test` and an installed binary all work:
    /// `CHECKOUT_TUI_ASSETS`, the SwiftPM resource bundle beside the executable, then this source folder.
    public static let directory: URL? = locate()

    /// Whether `CHECKOUT_TUI_ASSETS` chose the folder: files of one's own, which the test suite never read.
    public static let isCustom: Bool = custom.map { $0 == directory } ?? false

    private static var custom: URL? {
        guard let path = ProcessInfo.processInfo.environment["CHECKOUT_TUI_ASSETS"], !path.isEmpty else { return nil }
        return URL(fileURLWithPath: path)
    }

    /// The URL of one asset, such as `data/currencies.json`.
    public static func url(_ relativePath: String) throws(AssetError) -> URL {
        guard let directory else { throw .assetsNotFound }
        let url = directory.appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else { throw .missing(relativePath) }
        return url
    }

    /// The bytes of one asset.
    public static func data(_ relativePath: String) throws(AssetError) -> Data {
        let url = try url(relativePath)
        do { return try Data(contentsOf: url) } catch { throw .unreadable(relativePath, error.localizedDescription) }
    }

    /// The files of one asset folder, sorted by name.
    public static func files(in folder: String, withExtension ext: String) throws(AssetError) -> [URL] {
        let url = try url(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix("." + ext) }.sorted().map { url.appendingPathComponent($0) }
    }

    private static func locate() -> URL? {
        var candidates: [URL] = custom.map { [$0] } ?? []
        if let executable = executableDirectory {
            candidates.append(executable.appendingPathComponent("checkout-tui_CheckoutAssets.resources"))
        }
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent())
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("data").path) }
    }

    /// The running executable's folder, where SwiftPM puts the resource bundle. Read from `/proc/self/exe` on
    /// Linux: `Bundle.main` gives the same folder, but CoreFoundation lists the whole folder to make it, a fifth of
    /// start-up's second thread beside a build's 180 files (docs/performance.md).
    private static var executableDirectory: URL? {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path).deletingLastPathComponent()
        }
        return Bundle.main.executableURL?.deletingLastPathComponent()
    }
}

/// Why an asset could not be read.
public enum AssetError: Error, Equatable, Sendable, CustomStringConvertible {
    case assetsNotFound
    case missing(String)
    case unreadable(String, String)

    public var description: String {
        switch self {
        case .assetsNotFound:
            "checkout-tui's data files were not found: set CHECKOUT_TUI_ASSETS to the assets folder"
        case .missing(let path): "asset \(path) is missing"
        case .unreadable(let path, let reason): "asset \(path) cannot be read: \(reason)"
        }
    }
}
