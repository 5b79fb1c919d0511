import CheckoutServices
import Foundation
import _CryptoExtras

/// How many Antom response signatures this build's RSA (swift-crypto, BoringSSL) makes per second on one thread:
/// the ceiling `serve` can reach with its own library, beside `openssl speed`'s.
public struct SigningFigure: Codable, Sendable {
    public var signatures: Int
    public var seconds: Double
    public var perSecond: Double

    /// Signs a typical answer (a few hundred bytes) with a fresh 2048-bit key for `seconds`.
    public static func measure(seconds: Double) throws -> SigningFigure {
        let key = try SigningKey(pemOrBase64: _RSA.Signing.PrivateKey(keySize: .bits2048).pemRepresentation)
        let content = SignedContent(
            method: "POST", path: "/ams/api/v1/payments/inquiryPayment", clientId: "SANDBOX_BENCH",
            time: .now(format: .iso8601), body: Data(repeating: 0x61, count: 600))
        var count = 0
        let start = Stopwatch.now()
        let deadline = start + UInt64(seconds * 1e9)
        var now = start
        while now < deadline {
            _ = try AntomSigner.sign(content, with: key)
            count += 1
            now = Stopwatch.now()
        }
        let elapsed = Double(now - start) / 1e9
        return SigningFigure(signatures: count, seconds: elapsed, perSecond: Double(count) / elapsed)
    }
}
