import CheckoutAssets
import Foundation

/// The per-locale JSON files of one asset folder (`strings/`, `explain/`), and how a requested locale maps to one.
enum LocaleFiles {
    /// One `<folder>/<locale>.json`, found but not yet read.
    struct File: Sendable {
        /// `<folder>/<locale>.json`, as errors name it.
        let name: String
        let url: URL
    }

    /// Every `<folder>/<locale>.json`, read; errors name the file. `fallback` must be among them.
    static func read(folder: String, fallback: String) throws(LocaleTableError) -> [(locale: String, file: String, data: Data)] {
        var files: [(locale: String, file: String, data: Data)] = []
        for (locale, file) in try list(folder: folder, fallback: fallback).sorted(by: { $0.key < $1.key }) {
            files.append((locale, file.name, try read(file)))
        }
        return files
    }

    /// Every `<folder>/<locale>.json` by locale, none read yet. `fallback` must be among them.
    static func list(folder: String, fallback: String) throws(LocaleTableError) -> [String: File] {
        let urls: [URL]
        do { urls = try CheckoutAssets.files(in: folder, withExtension: "json") } catch { throw .asset(error) }
        var files: [String: File] = [:]
        for url in urls {
            files[url.deletingPathExtension().lastPathComponent] = File(name: "\(folder)/\(url.lastPathComponent)", url: url)
        }
        guard files[fallback] != nil else { throw .missingFallback("\(folder)/\(fallback).json") }
        return files
    }

    /// The bytes of one file; an error names it.
    static func read(_ file: File) throws(LocaleTableError) -> Data {
        do { return try Data(contentsOf: file.url) } catch {
            throw .unreadable(file: file.name, reason: error.localizedDescription)
        }
    }

    /// The locale a request maps to: exact (any case, `-` or `_`), then the same language, then `fallback`.
    /// createPaymentSession: "If this field is empty or set to automatic, the default language ... usually English".
    static func resolve(_ requested: String?, among locales: some Collection<String>, fallback: String) -> String {
        // A session that names no locale asks on every frame: answered before any normalising.
        guard let requested, !requested.isEmpty else { return fallback }
        let tag = LocaleTag.underscored(requested.trimmingCharacters(in: .whitespaces))
        guard !tag.isEmpty, tag.lowercased() != "automatic" else { return fallback }
        if let exact = locales.first(where: { $0.lowercased() == tag.lowercased() }) { return exact }
        let language = tag.lowercased().split(separator: "_").first.map(String.init) ?? ""
        let sameLanguage = locales.sorted().first {
            $0.lowercased().split(separator: "_").first.map(String.init) == language
        }
        return sameLanguage ?? fallback
    }
}

/// A per-locale data file (a string table or an explain-mode knowledge base) that is missing or cannot be read.
public enum LocaleTableError: Error, Equatable, Sendable, CustomStringConvertible {
    case asset(AssetError)
    case unreadable(file: String, reason: String)
    case malformed(file: String, reason: String)
    case missingFallback(String)

    public var description: String {
        switch self {
        case .asset(let error): error.description
        case .unreadable(let file, let reason): "\(file) cannot be read: \(reason)"
        case .malformed(let file, let reason): "\(file) is malformed: \(reason)"
        case .missingFallback(let file): "\(file) is missing; every other locale falls back to it"
        }
    }
}
