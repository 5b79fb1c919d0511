import Foundation

/// What is wrong with a received `Signature` header.
public enum SignatureHeaderError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// No `signature=` item (PY `check_signature`: "signature invalid").
    case missingSignature
    /// The named item (`signature`, `algorithm` or `keyVersion`) has nothing after `=`.
    case emptyValue(String)
    /// `algorithm=` names something other than `RSA256`.
    case unknownAlgorithm(String)

    public var description: String {
        switch self {
        case .missingSignature:
            "Signature header has no signature= item (expected algorithm=RSA256,keyVersion=1,signature=…)"
        case .emptyValue(let name):
            "Signature header has an empty \(name)= value"
        case .unknownAlgorithm(let algorithm):
            "Signature header names algorithm \"\(algorithm)\"; only RSA256 is supported"
        }
    }

    public var errorDescription: String? { description }
}
