import CheckoutDomain

/// Where and as whom `HTTPAPOClient` calls: a real Antom gateway or `checkout-tui serve`.
public struct HTTPAPOClientConfiguration: Sendable {
    /// Scheme and host (and port), no path: `https://open-sea-global.alipay.com`, `http://127.0.0.1:8480`.
    public var gatewayURL: String
    /// `SANDBOX_…` ids call the sandbox paths (reference §2.3).
    public var clientId: String
    /// Signs requests.
    public var merchantPrivateKey: SigningKey
    /// Verifies answers: Antom's public key from the dashboard (or the mock's), never the merchant's own.
    public var apoPublicKey: VerifyingKey
    /// The whole call, answer included; 10 s by default.
    public var timeout: Duration
    /// Epoch milliseconds by default, as JAVA and GO send and the docs show (reference §1.4).
    public var requestTimeFormat: RequestTime.Format
    public var keyVersion: String
    /// Answers larger than this are refused (4 MiB by default); Antom's are a few KiB.
    public var maximumResponseBytes: Int

    public init(
        gatewayURL: String, clientId: String, merchantPrivateKey: SigningKey, apoPublicKey: VerifyingKey,
        timeout: Duration = .seconds(10), requestTimeFormat: RequestTime.Format = .epochMilliseconds,
        keyVersion: String = "1", maximumResponseBytes: Int = 4 << 20
    ) {
        self.gatewayURL = gatewayURL.hasSuffix("/") ? String(gatewayURL.dropLast()) : gatewayURL
        self.clientId = clientId
        self.merchantPrivateKey = merchantPrivateKey
        self.apoPublicKey = apoPublicKey
        self.timeout = timeout
        self.requestTimeFormat = requestTimeFormat
        self.keyVersion = keyVersion
        self.maximumResponseBytes = maximumResponseBytes
    }
}
