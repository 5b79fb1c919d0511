import CheckoutAssets
import Foundation

/// Reads one bundled JSON asset, with errors that name the file and the field.
enum BundledJSON {
    static func load<T: Decodable>(_ path: String, as type: T.Type = T.self) throws(CatalogError) -> T {
        let data: Data
        do { data = try CheckoutAssets.data(path) } catch { throw .asset(error) }
        do {
            return try WireCoding.decode(T.self, from: data)
        } catch {
            throw .malformed(file: path, problem: error.description)
        }
    }
}

/// A bundled data file that is missing or wrong.
public enum CatalogError: Error, Equatable, Sendable, CustomStringConvertible {
    case asset(AssetError)
    case malformed(file: String, problem: String)

    public var description: String {
        switch self {
        case .asset(let error): error.description
        case .malformed(let file, let problem): "\(file): \(problem)"
        }
    }
}
