import Foundation

/// A received message's signed content and claimed signature, assembled from its headers.
public struct SignatureVerificationInput: Sendable, Hashable {
    public let content: SignedContent
    public let signatureHeader: SignatureHeader

    public init(content: SignedContent, signatureHeader: SignatureHeader) {
        self.content = content
        self.signatureHeader = signatureHeader
    }

    /// For a request or notification: reads `Signature`, `Client-Id` and `Request-Time` from `headers`
    /// (names in any case) and signs over the method and path it was received on.
    public static func request(
        method: String,
        path: String,
        headers: [String: String],
        body: Data
    ) throws(SignatureVerificationError) -> SignatureVerificationInput {
        let found = try HeaderValues(headers, [AntomHeaderName.signature, AntomHeaderName.clientId, AntomHeaderName.requestTime])
        return try make(
            content: SignedContent(method: method, path: path, clientId: found[1], time: RequestTime(found[2]), body: body),
            signature: found[0]
        )
    }

    /// For a response: reads `Signature` and `Response-Time`; the method, path and client id are the
    /// request's, as JAVA `BaseAlipayClient.checkRspSign(httpMethod, path, clientId, rspTime, …)` uses them.
    public static func response(
        requestMethod: String,
        requestPath: String,
        clientId: String,
        headers: [String: String],
        body: Data
    ) throws(SignatureVerificationError) -> SignatureVerificationInput {
        let found = try HeaderValues(headers, [AntomHeaderName.signature, AntomHeaderName.responseTime])
        return try make(
            content: SignedContent(
                method: requestMethod, path: requestPath, clientId: clientId, time: RequestTime(found[1]), body: body
            ),
            signature: found[0]
        )
    }

    /// Whether the signature is valid for the content under `key`.
    public func isValid(with key: VerifyingKey) -> Bool {
        AntomSigner.verify(content, signature: signatureHeader.signature, with: key)
    }

    private static func make(
        content: SignedContent,
        signature: String
    ) throws(SignatureVerificationError) -> SignatureVerificationInput {
        do {
            return SignatureVerificationInput(content: content, signatureHeader: try SignatureHeader(parsing: signature))
        } catch {
            throw .malformedSignatureHeader(error)
        }
    }
}

/// The values of the wanted headers, looked up case-insensitively, or every missing name at once.
private struct HeaderValues {
    private let values: [String]

    init(_ headers: [String: String], _ names: [String]) throws(SignatureVerificationError) {
        var lowercased: [String: String] = [:]
        for (name, value) in headers where !value.isEmpty {
            lowercased[name.lowercased()] = value
        }
        let values = names.map { lowercased[$0.lowercased()] }
        let missing = zip(names, values).filter { $0.1 == nil }.map(\.0)
        guard missing.isEmpty else { throw .missingHeaders(missing) }
        self.values = values.compactMap { $0 }
    }

    subscript(index: Int) -> String { values[index] }
}
