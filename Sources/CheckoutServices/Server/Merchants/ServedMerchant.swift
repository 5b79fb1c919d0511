/// One merchant a server hosts: the client id its requests carry (and its notifications are sent with), the
/// public key its request signatures are verified with, and where its notifications go when a request names no
/// `paymentNotifyUrl`.
public struct ServedMerchant: Sendable {
    public var clientId: String
    public var merchantPublicKey: VerifyingKey
    public var notifyUrl: String?

    public init(clientId: String, merchantPublicKey: VerifyingKey, notifyUrl: String? = nil) {
        self.clientId = clientId
        self.merchantPublicKey = merchantPublicKey
        self.notifyUrl = notifyUrl
    }

    /// Client ids also name each merchant's data directory, so they are kept to letters, digits, `_`, `-`, `.`.
    static func isValidClientId(_ id: String) -> Bool {
        (1...64).contains(id.count) && id != "." && id != ".." && id.unicodeScalars.allSatisfy(idCharacters.contains)
    }

    private static let idCharacters = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.".unicodeScalars)
}
