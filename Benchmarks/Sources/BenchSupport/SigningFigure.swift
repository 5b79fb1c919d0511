import CheckoutServices
import Foundation
import _CryptoExtras

/// How many Antom response signatures `AntomSigner` (OpenSSL's libcrypto) makes per second on one thread: the
/// ceiling `serve` can reach with the library it signs with, beside `openssl speed`'s.
public struct SigningFigure: Codable, Sendable {
    /// The library that signed, as it names itself (`OpenSSL 3.0.19 27 Jan 2026`).
    public var library: String
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
        return SigningFigure(
            library: AntomSigner.library, signatures: count, seconds: elapsed, perSecond: Double(count) / elapsed)
    }
}
