import CheckoutDomain
import Foundation
import Hummingbird

/// Checks who sent a gateway request: its client id, then its signature under the merchant's public key.
struct GatewayAuthenticator: Sendable {
    /// The one merchant this mock serves.
    let clientId: String
    let merchantPublicKey: VerifyingKey

    /// Antom resolves the merchant (and so the key) from `Client-Id` first, so a different client id is
    /// INVALID_CLIENT; a missing one falls to the signature check, which names every missing header.
    /// The signature covers the method, the path as requested (sandbox form included, reference §1.1),
    /// the client id, the `Request-Time` text as sent (ms or ISO 8601, §1.4) and the exact body bytes.
    func authenticate(method: String, path: String, headers: HTTPFields, body: Data) throws(GatewayRejection) {
        if let received = headers[SimulatorHeader.clientId], !received.isEmpty, received != clientId {
            throw .invalidClient(received: received, expected: clientId)
        }
        try Self.checkRequestTime(headers[SimulatorHeader.requestTime])
        var signed: [String: String] = [:]
        for name in [SimulatorHeader.signature, SimulatorHeader.clientId, SimulatorHeader.requestTime] {
            signed[name.canonicalName] = headers[name]
        }
        do {
            try SignedRequest.verifyRequest(
                method: method, path: path, headers: signed, body: body, publicKey: merchantPublicKey)
        } catch {
            throw .invalidSignature(error.description)
        }
    }

    /// A `Request-Time` must name an instant the way one of the SDKs writes it (reference §1.4): epoch
    /// milliseconds or ISO 8601 with an offset. Anything else is refused before the signature is checked, naming
    /// the header and both forms, even when it was signed (docs/DECISIONS.md, "A Request-Time neither form").
    /// A missing one is left to the signature check, which names every missing header.
    static func checkRequestTime(_ text: String?) throws(GatewayRejection) {
        guard let text, !text.isEmpty else { return }
        do {
            _ = try RequestTime(text).date()
        } catch {
            throw .invalidSignature("the Request-Time header is unreadable: \(error.description)")
        }
    }
}
