import CheckoutAssets
import Foundation

/// An explain-mode knowledge file that is missing or cannot be read.
public enum ExplainError: Error, Equatable, Sendable, CustomStringConvertible {
    case asset(AssetError)
    case unreadable(file: String, reason: String)
    case malformed(file: String, reason: String)
    case missingFallback(String)

    public var description: String {
        switch self {
        case .asset(let error): error.description
        case .unreadable(let file, let reason): "explain/\(file) cannot be read: \(reason)"
        case .malformed(let file, let reason): "explain/\(file) is malformed: \(reason)"
        case .missingFallback(let locale): "explain/\(locale).json is missing; every other locale falls back to it"
        }
    }
}
