import CheckoutAssets
import Foundation

/// The per-locale JSON files of one asset folder (`strings/`, `explain/`), and how a requested locale maps to one.
enum LocaleFiles {
    /// Every `<folder>/<locale>.json`, read; errors name the file. `fallback` must be among them.
    static func read(folder: String, fallback: String) throws(LocaleTableError) -> [(locale: String, file: String, data: Data)] {
        let urls: [URL]
        do { urls = try CheckoutAssets.files(in: folder, withExtension: "json") } catch { throw .asset(error) }
        var files: [(locale: String, file: String, data: Data)] = []
        for url in urls {
            let file = "\(folder)/\(url.lastPathComponent)"
            do {
                files.append((url.deletingPathExtension().lastPathComponent, file, try Data(contentsOf: url)))
            } catch {
                throw .unreadable(file: file, reason: error.localizedDescription)
            }
        }
        guard files.contains(where: { $0.locale == fallback }) else { throw .missingFallback("\(folder)/\(fallback).json") }
        return files
    }

    /// The locale a request maps to: exact (any case, `-` or `_`), then the same language, then `fallback`.
    /// createPaymentSession: "If this field is empty or set to automatic, the default language ... usually English".
    static func resolve(_ requested: String?, among locales: some Collection<String>, fallback: String) -> String {
        let tag = (requested ?? "").trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "-", with: "_")
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
