import CheckoutServices
import Foundation

/// The merchant's private key (signs requests) and the APO's public key (verifies answers) from a directory
/// written by `checkout-tui keys generate`.
public struct LoadKeys: Sendable {
    public let merchantPrivate: SigningKey
    public let apoPublic: VerifyingKey

    public init(directory: String) throws(LoadError) {
        let url = URL(fileURLWithPath: directory)
        do {
            merchantPrivate = try SigningKey(contentsOf: KeyPairRole.merchant.privateKeyFile(in: url))
            apoPublic = try VerifyingKey(contentsOf: KeyPairRole.apo.publicKeyFile(in: url))
        } catch {
            throw .key(error)
        }
    }
}
