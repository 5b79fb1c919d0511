import CheckoutDomain
import Foundation
import Hummingbird

/// Checks who sent a gateway request: its client id, then its signature under that merchant's public key.
struct GatewayAuthenticator: Sendable {
    /// The merchants this server hosts, first the one a request without `Client-Id` is checked against.
    let merchants: [ServedMerchant]

    /// Antom resolves the merchant (and so the key) from `Client-Id` first, so an unknown client id is
    /// INVALID_CLIENT; a missing one falls to the signature check, which names every missing header.
    /// The signature covers the method, the path as requested (sandbox form included, reference §1.1),
    /// the client id, the `Request-Time` text as sent (ms or ISO 8601, §1.4) and the exact body bytes.
    /// Returns the merchant's client id.
    func authenticate(method: String, path: String, headers: HTTPFields, body: Data) throws(GatewayRejection) -> String {
        var merchant = merchants.first
        if let received = headers[SimulatorHeader.clientId], !received.isEmpty {
            merchant = merchants.first { $0.clientId == received }
            guard merchant != nil else {
                throw .invalidClient(received: received, expected: merchants.map(\.clientId).joined(separator: ", "))
            }
        }
        guard let merchant else { throw .invalidSignature("this server hosts no merchant") }
        try Self.checkRequestTime(headers[SimulatorHeader.requestTime])
        var signed: [String: String] = [:]
        for name in [SimulatorHeader.signature, SimulatorHeader.clientId, SimulatorHeader.requestTime] {
            signed[name.canonicalName] = headers[name]
        }
        do {
            try SignedRequest.verifyRequest(
                method: method, path: path, headers: signed, body: body, publicKey: merchant.merchantPublicKey)
        } catch {
            throw .invalidSignature(error.description)
        }
        return merchant.clientId
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

    /// The client id answers are signed for when a request names none.
    var defaultClientId: String { merchants.first?.clientId ?? "" }
}
