import Foundation

/// Why a received request, response or notification failed signature verification.
public enum SignatureVerificationError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// These headers are absent or empty, in the order Signature, Client-Id, Request-/Response-Time.
    case missingHeaders([String])
    case malformedSignatureHeader(SignatureHeaderError)
    /// The signature does not match the content under the given public key.
    case signatureMismatch

    public var description: String {
        switch self {
        case .missingHeaders(let names):
            "missing or empty header\(names.count == 1 ? "" : "s"): \(names.joined(separator: ", "))"
        case .malformedSignatureHeader(let error):
            error.description
        case .signatureMismatch:
            "signature does not match: check that the peer's public key is configured (the APO's key for "
                + "responses and notifications, not the merchant's own) and that method, path, client id, "
                + "time and body are byte-identical to what was signed"
        }
    }

    public var errorDescription: String? { description }
}
