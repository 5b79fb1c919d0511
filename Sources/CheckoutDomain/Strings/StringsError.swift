import CheckoutAssets
import Foundation

/// A string table that is missing or cannot be read.
public enum StringsError: Error, Equatable, Sendable, CustomStringConvertible {
    case asset(AssetError)
    case unreadable(file: String, reason: String)
    case malformed(file: String, reason: String)
    case missingFallback(String)

    public var description: String {
        switch self {
        case .asset(let error): error.description
        case .unreadable(let file, let reason): "strings/\(file) cannot be read: \(reason)"
        case .malformed(let file, let reason): "strings/\(file) is malformed: \(reason)"
        case .missingFallback(let locale): "strings/\(locale).json is missing; every other locale falls back to it"
        }
    }
}
