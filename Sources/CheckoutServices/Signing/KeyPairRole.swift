import Foundation

/// Whose key pair a set of PEM files holds: the merchant's (signs requests) or the APO's (signs
/// responses and notifications).
public enum KeyPairRole: String, Sendable, CaseIterable {
    case merchant
    case apo

    public var privateKeyFileName: String { "\(rawValue)-private.pem" }
    public var publicKeyFileName: String { "\(rawValue)-public.pem" }

    public func privateKeyFile(in directory: URL) -> URL {
        directory.appending(path: privateKeyFileName)
    }

    public func publicKeyFile(in directory: URL) -> URL {
        directory.appending(path: publicKeyFileName)
    }
}
