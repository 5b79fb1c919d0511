import CheckoutServices
import Foundation

/// A temporary directory for one test of `serve`: the key pairs `serve` and the merchant use, the server's data
/// directory and its logs. `remove()` deletes all of it.
struct ServeWorkspace {
    let root: URL
    let keys: URL
    let data: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appending(path: "checkout-serve-\(UUID().uuidString)")
        keys = root.appending(path: "keys")
        data = root.appending(path: "data")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try KeyPairGenerator.generate(into: keys)
    }

    /// The merchant signs requests with its private key and verifies answers with the APO's public key.
    func merchantPrivateKey() throws -> SigningKey {
        try SigningKey(contentsOf: KeyPairRole.merchant.privateKeyFile(in: keys))
    }

    func apoPublicKey() throws -> VerifyingKey {
        try VerifyingKey(contentsOf: KeyPairRole.apo.publicKeyFile(in: keys))
    }

    /// Where the `number`th server run writes its output.
    func serveLog(_ number: Int = 1) -> String {
        root.appending(path: "serve-\(number).log").path
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
