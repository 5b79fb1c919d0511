import CheckoutDomain
import Foundation

/// The `Signature` header: `algorithm=RSA256,keyVersion=1,signature=<url-encoded base64>`.
public struct SignatureHeader: Sendable, Hashable, CustomStringConvertible {
    /// The only algorithm Antom's v1 APIs use.
    public static let algorithm = "RSA256"

    /// JAVA `DEFAULT_KEY_VERSION = 1`, PY/GO `"1"`; also assumed when a received header omits it.
    public let keyVersion: String
    /// The signature as it appears in the header, normally form URL encoded.
    public let signature: String

    public init(signature: String, keyVersion: String = "1") {
        self.signature = signature
        self.keyVersion = keyVersion
    }

    /// Reads a received header leniently, since senders vary: keys in any case, spaces after commas
    /// (DOCS api_fund shows `algorithm=RSA256, keyVersion=1, signature=****`), items in any order, and a
    /// signature value that keeps any `=` of un-encoded Base64 (everything after the first `signature=`,
    /// as JAVA `WebhookTool` splits it). Unknown items are ignored, as every SDK ignores them.
    public init(parsing header: String) throws(SignatureHeaderError) {
        var fields: [String: String] = [:]
        // Split on the comma's byte: splitting Characters ran Unicode's grapheme breaking over the whole signature.
        for bytes in header.utf8.split(separator: UInt8(ascii: ",")) {
            let item = Substring(bytes).trimmingSpaces()
            guard let equals = item.firstIndex(of: "=") else { continue }
            let key = item[..<equals].trimmingSpaces().lowercased()
            let value = item[item.index(after: equals)...].trimmingSpaces()
            if fields[key] == nil {
                fields[key] = value
            }
        }
        guard let signature = fields["signature"] else {
            throw .missingSignature
        }
        for (name, value) in [("signature", signature), ("algorithm", fields["algorithm"]), ("keyVersion", fields["keyversion"])] {
            if value?.isEmpty == true {
                throw .emptyValue(name)
            }
        }
        // The webhook tools read only `signature=`, so a missing algorithm is accepted; a different one is not.
        if let algorithm = fields["algorithm"], algorithm.uppercased() != Self.algorithm {
            throw .unknownAlgorithm(algorithm)
        }
        self.init(signature: signature, keyVersion: fields["keyversion"] ?? "1")
    }

    /// The header value exactly as the SDKs write it, without spaces
    /// (JAVA `"algorithm=RSA256,keyVersion=" + keyVersion + ",signature=" + signValue`).
    public var value: String {
        "algorithm=\(Self.algorithm),keyVersion=\(keyVersion),signature=\(signature)"
    }

    public var description: String { value }
}
