import Foundation

/// Key text split into its DER bytes and, when it was PEM, the PEM label.
///
/// Antom's dashboard hands out bare Base64 bodies (JAVA feeds them to `PKCS8EncodedKeySpec` /
/// `X509EncodedKeySpec`), while the PY and PHP SDKs wrap the same body in PEM markers, so both forms
/// are read. Line breaks and spaces inside the Base64 are ignored because keys are often pasted
/// on one line or re-wrapped (PHP `wordwrap($key, 64)`).
struct KeyText {
    /// The PEM label (`PRIVATE KEY`, `RSA PRIVATE KEY`, `PUBLIC KEY`, …), `nil` for bare Base64.
    let pemLabel: String?
    let der: Data

    init(_ text: String) throws(KeyLoadError) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("-----BEGIN ") {
            let (label, body) = try Self.pemBlock(trimmed)
            pemLabel = label
            der = try Self.base64(body, orThrow: .malformedPEM(reason: "the body is not valid Base64"))
        } else {
            pemLabel = nil
            der = try Self.base64(trimmed, orThrow: .notPEMOrBase64)
        }
    }

    /// The label and body of the first PEM block.
    private static func pemBlock(_ text: String) throws(KeyLoadError) -> (label: String, body: Substring) {
        let afterBegin = text.dropFirst("-----BEGIN ".count)
        guard let labelEnd = afterBegin.range(of: "-----") else {
            throw .malformedPEM(reason: "the BEGIN line does not end with -----")
        }
        let label = String(afterBegin[..<labelEnd.lowerBound])
        let rest = afterBegin[labelEnd.upperBound...]
        guard let end = rest.range(of: "-----END \(label)-----") else {
            throw .malformedPEM(reason: "no matching -----END \(label)----- line")
        }
        let body = rest[..<end.lowerBound]
        // Legacy OpenSSL encryption puts "Proc-Type: 4,ENCRYPTED" headers inside the block.
        if body.contains("Proc-Type:") {
            throw .encryptedPrivateKey
        }
        return (label, body)
    }

    private static func base64(_ text: some StringProtocol, orThrow error: KeyLoadError) throws(KeyLoadError) -> Data {
        let compact = String(text.filter { !$0.isWhitespace })
        guard !compact.isEmpty, let data = Data(base64Encoded: compact) else { throw error }
        return data
    }
}
