/// Whether key material is a private (signing) or public (verifying) RSA key.
public enum KeyKind: Sendable, Equatable, CustomStringConvertible {
    case privateKey
    case publicKey

    public var description: String {
        switch self {
        case .privateKey: "private key"
        case .publicKey: "public key"
        }
    }
}
