import CheckoutDomain
import CheckoutServices
import Foundation

/// Fuzz target (b): the text parsers on a signed request's way in.
///
/// Input layout: a first byte 0 makes the rest key text, read as `VerifyingKey` and `SigningKey` (PEM or bare
/// Base64, then DER). Otherwise the input is UTF-8 lines: `Signature` header, `Request-Time`, `Client-Id`,
/// `Content-Type`, request path, and the body (the rest). Each header goes through its parser
/// (`SignatureHeader(parsing:)`, `RequestTime.date()`, `JSONMediaType`, `GatewayRoute`, `AntomPath`), then the
/// whole request through `SignatureVerificationInput` and RSA verification under the merchant's public key.
///
/// Invariants: a parsed Signature header has a signature and key version and reads back the same from the
/// value it writes; a readable request time survives being written again in either format; a route names the
/// API its path ends with; sandboxing rewrites only `/ams/api`; a signature verifies only for the request
/// that was signed; `PANMask` is idempotent; a key is never both a valid private and a valid public key.
public struct SignatureHeaderTarget: Sendable {
    public static let name = "signature-header"

    let merchantKey: VerifyingKey

    public init() throws(KeyLoadError) {
        merchantKey = try VerifyingKey(pemOrBase64: SignatureVectors.merchantPublicKeyPem)
    }

    /// The field order of a header-mode input.
    public enum Field: Int, CaseIterable, Sendable {
        case signature, requestTime, clientId, contentType, path, body
    }

    /// Frames header-mode fields (in `Field` order) as this target reads them.
    public static func input(fields: [String]) -> [UInt8] {
        Array(fields.joined(separator: "\n").utf8)
    }

    /// Frames key text as this target reads it.
    public static func input(keyText: String) -> [UInt8] {
        [0] + Array(keyText.utf8)
    }

    /// Runs one input; nil when every invariant held.
    public func run(_ input: [UInt8]) -> FuzzFinding? {
        if input.first == 0 { return checkKey(String(decoding: input.dropFirst(), as: UTF8.self)) }
        let text = String(decoding: input, as: UTF8.self)
        var fields = text.split(separator: "\n", maxSplits: Field.allCases.count - 1, omittingEmptySubsequences: false)
            .map(String.init)
        fields += Array(repeating: "", count: Field.allCases.count - fields.count)
        func field(_ name: Field) -> String { fields[name.rawValue] }
        return checkSignatureHeader(field(.signature))
            ?? checkRequestTime(field(.requestTime))
            ?? checkContentType(field(.contentType))
            ?? checkPath(field(.path), clientId: field(.clientId))
            ?? checkVerification(
                header: field(.signature), time: field(.requestTime), clientId: field(.clientId), path: field(.path),
                body: Data(field(.body).utf8))
            ?? checkMask(text)
    }

    private func checkSignatureHeader(_ text: String) -> FuzzFinding? {
        guard let parsed = try? SignatureHeader(parsing: text) else { return nil }
        if parsed.signature.isEmpty || parsed.keyVersion.isEmpty {
            return finding("a parsed Signature header has a signature and a key version", text)
        }
        guard let again = try? SignatureHeader(parsing: parsed.value), again == parsed else {
            return finding("a parsed Signature header reads back the same from its value", "\(text) → \(parsed.value)")
        }
        return nil
    }

    private func checkRequestTime(_ text: String) -> FuzzFinding? {
        guard let date = try? RequestTime(text).date() else { return nil }
        let seconds = date.timeIntervalSince1970
        // Epoch milliseconds cannot be negative, and ISO 8601 years have four digits.
        guard seconds >= 0, seconds < 253_402_214_400 else { return nil }
        // Writing truncates to the millisecond, and `ms / 1000 * 1000` can land just below the whole number, so
        // a value read from milliseconds may come back one millisecond early: within 1 ms is the guarantee.
        guard let millis = try? RequestTime(date: date, format: .epochMilliseconds).date(),
            abs(millis.timeIntervalSince1970 - seconds) <= 0.001 + 1e-6
        else { return finding("a request time survives being written as epoch milliseconds", text) }
        guard let iso = try? RequestTime(date: date, format: .iso8601).date(),
            iso.timeIntervalSince1970 == seconds.rounded(.down)
        else { return finding("a request time survives being written as ISO 8601", text) }
        return nil
    }

    private func checkContentType(_ text: String) -> FuzzFinding? {
        let accepted = JSONMediaType.accepts(text)
        // Media types and charsets compare without case; only ASCII is safe to fold (HTTP header text).
        if text.allSatisfy(\.isASCII), JSONMediaType.accepts(text.uppercased()) != accepted {
            return finding("Content-Type is read without regard to letter case", text)
        }
        return nil
    }

    private func checkPath(_ path: String, clientId: String) -> FuzzFinding? {
        if let endpoint = GatewayRoute.endpoint(for: path),
            !(path.hasPrefix("/ams/api/v1/payments/") || path.hasPrefix("/ams/sandbox/api/v1/payments/"))
                || !path.hasSuffix("/" + endpoint.rawValue)
        {
            return finding("a route is recognised only from a payments path ending in its API", "\(path) → \(endpoint)")
        }
        let sandboxed = AntomPath.sandboxed(path, clientId: clientId)
        let rewrites = clientId.hasPrefix(AntomPath.sandboxClientIdPrefix) && path.contains("/ams/api")
        let expected = rewrites ? sandboxed.contains("/ams/sandbox/api") && sandboxed.utf8.count == path.utf8.count + 8 : sandboxed == path
        return expected ? nil : finding("sandboxing rewrites the first /ams/api only", "\(clientId) \(path) → \(sandboxed)")
    }

    private func checkVerification(header: String, time: String, clientId: String, path: String, body: Data) -> FuzzFinding? {
        let headers = ["Signature": header, "Client-Id": clientId, "Request-Time": time]
        guard
            let input = try? SignatureVerificationInput.request(
                method: SignatureVectors.method, path: path, headers: headers, body: body),
            input.isValid(with: merchantKey)
        else { return nil }
        let signed =
            path == SignatureVectors.path && clientId == SignatureVectors.clientId
            && time == SignatureVectors.requestTime && body == Data(SignatureVectors.body.utf8)
        return signed ? nil : finding("a signature verifies only for the request that was signed", "\(headers) \(path)")
    }

    private func checkMask(_ text: String) -> FuzzFinding? {
        let masked = PANMask.mask(text)
        return PANMask.mask(masked) == masked ? nil : finding("PANMask is idempotent", masked)
    }

    private func checkKey(_ text: String) -> FuzzFinding? {
        let privateKey = try? SigningKey(pemOrBase64: text)
        let publicKey = try? VerifyingKey(pemOrBase64: text)
        if let privateKey, privateKey.keySizeInBits < 2048 {
            return finding("a private key is at least 2048 bits", "\(privateKey.keySizeInBits) bits")
        }
        if let publicKey, publicKey.keySizeInBits < 2048 {
            return finding("a public key is at least 2048 bits", "\(publicKey.keySizeInBits) bits")
        }
        if privateKey != nil, publicKey != nil {
            return finding("key text is never both a private and a public key", "\(text.utf8.count) bytes of key text")
        }
        return nil
    }

    private func finding(_ invariant: String, _ detail: String) -> FuzzFinding {
        FuzzFinding(target: Self.name, invariant: invariant, detail: detail)
    }
}
