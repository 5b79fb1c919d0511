import CheckoutDomain

/// Who the gateway serves and how it signs: the merchant's client id and public key, and the APO's private key.
public struct GatewayKeys: Sendable {
    /// The `client-id` requests must carry (and notifications are sent with).
    public var clientId: String
    /// Verifies the merchant's request signatures.
    public var merchantPublicKey: VerifyingKey
    /// Signs responses and notifications; merchants verify them with its public key (reference §1.2).
    public var apoPrivateKey: SigningKey

    public init(clientId: String, merchantPublicKey: VerifyingKey, apoPrivateKey: SigningKey) {
        self.clientId = clientId
        self.merchantPublicKey = merchantPublicKey
        self.apoPrivateKey = apoPrivateKey
    }
}
