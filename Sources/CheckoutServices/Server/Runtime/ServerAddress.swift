/// Where a running server listens, and the base URL its pages are reached at.
public struct ServerAddress: Sendable, Hashable, CustomStringConvertible {
    public let host: String
    public let port: Int

    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// `http://127.0.0.1:8480`. A wildcard bind (`0.0.0.0`, `::`) is reached on this host through loopback,
    /// and the pages answer only this host (`SameHostPolicy`).
    public var baseURL: String {
        let reachable =
            switch host {
            case "0.0.0.0", "": "127.0.0.1"
            case "::": "[::1]"
            default: host.contains(":") ? "[\(host)]" : host
            }
        return "http://\(reachable):\(port)"
    }

    public var description: String { baseURL }
}
