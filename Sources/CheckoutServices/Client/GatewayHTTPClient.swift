import AsyncHTTPClient

/// The one AsyncHTTPClient to share between `HTTPAPOClient` and `HTTPCheckoutPageService` (the caller shuts it
/// down with `try await client.shutdown()` after the last call).
public enum GatewayHTTPClient {
    /// Redirects are refused: Antom never redirects an API call, and following one would post a signed body to
    /// another host. A refused connection fails at once (`APOClientError.unreachable`) instead of being retried
    /// with backoff until the call's timeout, so "nothing listens there" is not reported as a timeout.
    public static func make() -> HTTPClient {
        var configuration = HTTPClient.Configuration(redirectConfiguration: .disallow)
        configuration.connectionPool.retryConnectionEstablishment = false
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }
}
