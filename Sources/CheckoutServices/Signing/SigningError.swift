import Foundation

/// Why a signature could not be produced.
public enum SigningError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// OpenSSL refused to sign; `reason` is its error string, which holds no key material.
    case signingFailed(reason: String)

    public var description: String {
        switch self {
        case .signingFailed(let reason): "RSA signing failed: \(reason)"
        }
    }

    public var errorDescription: String? { description }
}
