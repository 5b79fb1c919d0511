import Foundation

/// How long a client may take and how many may be connected at once: the defenses against slow, idle and too many
/// clients. Defaults are generous for any real HTTP client and merchant SDK; `serve` has a flag for each.
public struct ConnectionLimits: Sendable, Equatable {
    /// From the first byte of a request to the end of its head (request line and headers).
    public var headerTimeout: Duration
    /// From the end of a request's head to the end of its body.
    public var bodyTimeout: Duration
    /// How long a kept-alive connection may wait for its next request.
    public var idleTimeout: Duration
    /// Connections open at once; more wait in the listen backlog until one closes.
    public var maxConnections: Int

    public init(
        headerTimeout: Duration = .seconds(10), bodyTimeout: Duration = .seconds(30), idleTimeout: Duration = .seconds(60),
        maxConnections: Int = ConnectionLimits.defaultMaxConnections
    ) {
        self.headerTimeout = headerTimeout
        self.bodyTimeout = bodyTimeout
        self.idleTimeout = idleTimeout
        self.maxConnections = max(1, maxConnections)
    }

    /// 512, or fewer when the process may open fewer files: 64 descriptors stay free for the database, the log
    /// and outgoing notifications, so a crowd of idle clients can never starve the server of descriptors.
    public static var defaultMaxConnections: Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 512 }
        return max(8, min(512, Int(clamping: limit.rlim_cur) - 64))
    }
}
