import CheckoutServices

/// The fixture's key pairs: the APO signs notifications, the merchant verifies them with the APO's public key.
struct WebhookKeys: Sendable {
    let apoPrivate: SigningKey
    let apoPublic: VerifyingKey
    /// The wrong key for notifications: what a forger (or a confused merchant) signs with.
    let merchantPrivate: SigningKey

    static func load() throws -> WebhookKeys {
        let vectors = try SignatureVectors.load()
        return WebhookKeys(
            apoPrivate: try SigningKey(pemOrBase64: vectors.apoPrivateKeyPem),
            apoPublic: try VerifyingKey(pemOrBase64: vectors.apoPublicKeyPem),
            merchantPrivate: try SigningKey(pemOrBase64: vectors.merchantPrivateKeyPem))
    }
}
