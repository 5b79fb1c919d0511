/// Why `checkout-tui serve` could not start or stopped; each message names what is wrong.
public enum MockAPOServerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Another process listens on the port.
    case portInUse(host: String, port: Int)
    /// The address could not be bound for another reason (unknown host, address not on this machine…).
    case cannotBind(host: String, port: Int, reason: String)
    /// The mock could not be built (bundled data or the store could not be read).
    case setupFailed(String)
    /// The server stopped with an error after it started.
    case failed(String)

    public var description: String {
        switch self {
        case .portInUse(let host, let port):
            "port \(port) is in use on \(host): another server (perhaps another checkout-tui serve) is listening; "
                + "stop it or pass --port"
        case .cannotBind(let host, let port, let reason):
            "cannot listen on \(host):\(port): \(reason)"
        case .setupFailed(let reason):
            "the mock APO could not be set up: \(reason)"
        case .failed(let reason):
            "the server stopped: \(reason)"
        }
    }
}
