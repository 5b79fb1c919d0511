import CheckoutDomain
import CheckoutServices

/// Why a load run could not start or could not be trusted.
public enum LoadError: Error, Sendable, CustomStringConvertible {
    case key(KeyFileError)
    case cards(CatalogError)
    case scenario(ScenarioError)
    case noSuccessCard
    case signing(SigningError)
    case encoding(String)
    case badURL(String)
    case warmUpFailed(succeeded: Int, wanted: Int)
    case receiver(String)
    case control(String, String)
    case outboxNotEmpty(Duration)
    case notificationsStalled(String, refused: Int, acknowledged: Int)

    public var description: String {
        switch self {
        case .key(let error): "keys: \(error)"
        case .cards(let error): "the bundled test cards: \(error)"
        case .scenario(let error): "the bundled scenario: \(error)"
        case .noSuccessCard: "the bundled test cards have no card that succeeds without 3DS"
        case .signing(let error): "signing a request: \(error)"
        case .encoding(let what): "cannot encode \(what) as JSON"
        case .badURL(let url): "--url \(url) is not http://host:port"
        case .warmUpFailed(let succeeded, let wanted):
            "warm-up: only \(succeeded) of \(wanted) pay requests answered S; is the server running with these keys?"
        case .receiver(let reason): "the notification receiver could not listen on 127.0.0.1: \(reason)"
        case .control(let path, let reason):
            "\(path) failed (\(reason)); is it `checkout-tui serve` without --control-token?"
        case .outboxNotEmpty(let patience):
            "the server still had notifications to deliver after \(patience); is its merchant answering them?"
        case .notificationsStalled(let what, let refused, let acknowledged):
            "gave up waiting for \(what): \(refused) refused, \(acknowledged) acknowledged; does serve run with --notify http?"
        }
    }
}
