import Foundation

/// Finds the simulator's bundled data files (currencies, payment methods, test cards, scenarios, strings).
public enum CheckoutAssets {
    /// The folder that holds `data/`, `scenarios/` and `strings/`.
    ///
    /// Looked up in this order so that `swift run`, `swift test` and an installed binary all work:
    /// `CHECKOUT_TUI_ASSETS`, the SwiftPM resource bundle beside the executable, then this source folder.
    public static let directory: URL? = locate()

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
        var candidates: [URL] = []
        if let custom = ProcessInfo.processInfo.environment["CHECKOUT_TUI_ASSETS"], !custom.isEmpty {
            candidates.append(URL(fileURLWithPath: custom))
        }
        let bundleName = "checkout-tui_CheckoutAssets.resources"
        candidates.append(Bundle.main.bundleURL.appendingPathComponent(bundleName))
        if let executable = Bundle.main.executableURL {
            candidates.append(executable.deletingLastPathComponent().appendingPathComponent(bundleName))
        }
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent())
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("data").path) }
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
